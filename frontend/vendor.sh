#!/bin/sh
# Refreshes the browser libraries kept in the repository under src/main/resources/static/vendor/, from the versions
# pinned in frontend/package-lock.json. Only bpmn-js lives there: Maven Central has no current WebJar of it (the
# newest, org.webjars.npm:bpmn-js, is 8.0.0). Its licence file travels with it. Run after changing package.json:
#   frontend/vendor.sh && git add src/main/resources/static/vendor
# The server's build never runs npm for these files; npm stays for the linter, axe-core and the circulars' fonts.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
dest=../src/main/resources/static/vendor/bpmn-js
rm -rf "$dest"
mkdir -p "$dest/assets"
cp node_modules/bpmn-js/dist/bpmn-navigated-viewer.production.min.js "$dest/"
cp -R node_modules/bpmn-js/dist/assets/. "$dest/assets/"
cp node_modules/bpmn-js/LICENSE "$dest/LICENSE"
version=$(node -p "require('./node_modules/bpmn-js/package.json').version")
printf 'bpmn-js %s from npm (https://github.com/bpmn-io/bpmn-js), copied by frontend/vendor.sh; licence: LICENSE\n' \
  "$version" > "$dest/VERSION"
echo "vendored bpmn-js $version into $dest"
