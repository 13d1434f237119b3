#!/usr/bin/env bash
# Makes the upgrade fixtures of a release: a database written by that release, holding in-flight work of every kind,
# on H2 (the .mv.db file) and on PostgreSQL (a plain SQL dump), into src/test/resources/upgrade/<release>/.
# UpgradeTest starts the current build on copies of them and drives every item to its end (docs/OPERATIONS.md
# "Upgrading").
#
#   src/test/upgrade/make-fixture.sh 0.1.0            # both databases (tag v0.1.0)
#   src/test/upgrade/make-fixture.sh 0.1.0 h2         # only H2; "postgres" for only PostgreSQL
#
# How: a temporary `git worktree` of the release's tag, built with Maven (tests skipped), started with the sim
# profile on a fresh H2 file, then on a fresh PostgreSQL server (Debian's postgresql package, /usr/lib/postgresql/N),
# each time driven through the REST API with curl by the same scenario (drive below), stopped, and its database
# copied. Needs git, Java 17, Maven, curl, jq; for PostgreSQL the postgresql package (apt-get install postgresql).
# MVN_FLAGS (default: -o, offline) goes to Maven.
set -euo pipefail

RELEASE=${1:?usage: make-fixture.sh <release, e.g. 0.1.0> [h2|postgres|both]}
WHICH=${2:-both}
REF=${REF:-v$RELEASE}
MVN_FLAGS=${MVN_FLAGS:--o}
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
OUT=$ROOT/src/test/resources/upgrade/$RELEASE
WORK=$(mktemp -d /tmp/recflow-fixture-XXXXXX)
SRC=$WORK/src
PID=
PG_BIN=
PG_DATA=$WORK/pgdata

log() { printf '\n== %s\n' "$*" >&2; }

cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  if [ -n "$PG_BIN" ] && [ -f "$PG_DATA/postmaster.pid" ]; then pg stop -m fast >/dev/null 2>&1 || true; fi
  git -C "$ROOT" worktree remove --force "$SRC" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# --- the release, built ---------------------------------------------------------------------------------------
log "building $REF ($(git -C "$ROOT" rev-parse --short "$REF^{commit}")) in $SRC"
git -C "$ROOT" worktree add --detach "$SRC" "$REF" >/dev/null
if [ -d "$ROOT/frontend/node_modules" ] && [ ! -d "$SRC/frontend/node_modules" ]; then
  cp -r "$ROOT/frontend/node_modules" "$SRC/frontend/"          # saves npm ci; same package-lock
fi
(cd "$SRC" && mvn -B -q $MVN_FLAGS package -DskipTests) >&2
JAR=$(ls "$SRC"/target/recflow-*.jar | grep -v original | head -1)
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)

# --- one server of the release ------------------------------------------------------------------------------
BASE=
start_server() { # <profiles> <datasource url> [user] [password]
  local port; port=$(free_port)
  BASE=http://localhost:$port
  (cd "$SRC" && exec java -jar "$JAR" --spring.profiles.active="$1" --server.port="$port" \
      --spring.datasource.url="$2" ${3:+--spring.datasource.username=$3} ${4:+--spring.datasource.password=$4} \
      --spring.main.banner-mode=off) >"$WORK/server.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 180); do
    if curl -sf -u tsb:demo "$BASE/api/sim/clock" >/dev/null 2>&1; then return 0; fi
    kill -0 "$PID" 2>/dev/null || { tail -50 "$WORK/server.log" >&2; echo "server died" >&2; exit 1; }
    sleep 1
  done
  tail -50 "$WORK/server.log" >&2; echo "server did not start" >&2; exit 1
}
stop_server() { kill "$PID"; wait "$PID" || true; PID=; }

# call <expected status> <user> <method> <path> [json body]: prints the answer's body, fails on another status
call() {
  local expect=$1 user=$2 method=$3 path=$4 body=${5:-} status
  local args=(-s -o "$WORK/body" -w '%{http_code}' -u "$user:demo" -X "$method" "$BASE$path")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' -d "$body")
  status=$(curl "${args[@]}")
  if [ "$status" != "$expect" ]; then
    echo "$user $method $path -> $status, expected $expect: $(cat "$WORK/body")" >&2; exit 1
  fi
  cat "$WORK/body"
}
clock() { call 200 tsb PUT /api/sim/clock "{\"now\":\"$1\"}" >/dev/null; }
idof() { jq -r .id; }
status_of() { call 200 tsb GET "$1" | jq -r .status; }
expect_status() { # <path> <status>
  local s; s=$(status_of "$1"); [ "$s" = "$2" ] || { echo "$1 is $s, expected $2" >&2; exit 1; }
}

# --- the scenario: one item of each kind in flight at 2027-06-01T09:00:00Z ---------------------------------------
# UpgradeTest knows these items by their texts (recommendation, Question), not by their ids.
drive() {
  clock 2027-01-04T09:00:00Z
  # TAP that will be awaiting its meeting (SG3 meeting 7-16 June; consultation closes 7 working days before)
  local tapMeeting aapMoreTime aapResolution aapLastCall tapConsult question deletion
  tapMeeting=$(call 201 chair-sg3 POST /api/approvals '{"procedure":"TAP","recommendation":"D.50","revision":"REVISED",
    "title":"International Internet connectivity","studyGroup":"SG3","questions":["Q1/3"],
    "summary":"Principles for charging international Internet connectivity.","textReference":"SG3-TD100",
    "agreedOn":"2026-12-18","nextMeeting":{"start":"2027-06-07","end":"2027-06-16"}}' | idof)
  call 200 tsb POST "/api/approvals/$tapMeeting/consultation" '{}' >/dev/null
  # AAP that will be in its more-time window (A.8 §5.6): Last Call, substantive comment, to the meeting of 17-26 May
  aapMoreTime=$(call 201 chair-sg21 POST /api/approvals '{"procedure":"AAP","recommendation":"H.810","revision":"NEW",
    "title":"Metaverse interoperability framework","studyGroup":"SG21","summary":"Framework for interoperable metaverse services.",
    "textReference":"SG21-TD500","agreedOn":"2026-12-18"}' | idof)
  call 200 tsb POST "/api/approvals/$aapMoreTime/last-call" '{}' >/dev/null
  call 201 ms-jpn POST "/api/approvals/$aapMoreTime/comments" '{"kind":"SUBSTANTIVE","text":"Section 5 needs a clause on avatar identity"}' >/dev/null

  clock 2027-02-02T09:00:00Z
  call 200 chair-sg21 POST "/api/approvals/$aapMoreTime/judgement" '{"route":"MEETING"}' >/dev/null
  call 200 tsb POST "/api/approvals/$aapMoreTime/meeting-announcement" '{"meetingStart":"2027-05-17","meetingEnd":"2027-05-26"}' >/dev/null
  for c in DEU BRA IND KEN JPN MEX EGY; do
    call 200 "ms-${c,,}" PUT "/api/approvals/$tapMeeting/replies/$c" '{"position":"SUPPORT"}' >/dev/null
  done
  call 200 ms-usa PUT "/api/approvals/$tapMeeting/replies/USA" '{"position":"AGAINST","reasons":"commercial matter"}' >/dev/null

  clock 2027-04-05T09:00:00Z
  # AAP that will be in comment resolution (A.8 §4.4.2 b)
  aapResolution=$(call 201 chair-sg17 POST /api/approvals '{"procedure":"AAP","recommendation":"X.1500","revision":"REVISED",
    "title":"Cybersecurity information exchange","studyGroup":"SG17","summary":"Overview of cybersecurity information exchange.",
    "textReference":"SG17-TD300","agreedOn":"2027-03-26"}' | idof)
  call 200 tsb POST "/api/approvals/$aapResolution/last-call" '{}' >/dev/null
  call 201 sm-ericsson POST "/api/approvals/$aapResolution/comments" '{"kind":"SUBSTANTIVE","text":"Clause 7 contradicts X.1520","proposedChanges":"Align clause 7 with X.1520"}' >/dev/null
  # deletion of a Recommendation: its 3-month objection window (Res. 1 §9.8.2)
  deletion=$(call 201 chair-sg20 POST /api/deletions '{"recommendation":"Y.2060","studyGroup":"SG20","procedure":"AAP",
    "reason":"Superseded by ITU-T Y.4000.","agreedOn":"2027-03-26"}' | idof)

  clock 2027-05-03T09:00:00Z
  call 200 tsb POST "/api/approvals/$tapMeeting/text-distribution" >/dev/null
  # Question with policy implications: its 2-month Member State consultation (Res. 1 §7.3)
  question=$(call 201 chair-sg20 POST /api/questions '{"studyGroup":"SG20","question":"Q5/20","title":"Digital identity for IoT devices",
    "textReference":"SG20-TD2001","policyImplications":true}' | idof)
  call 200 ms-fra PUT "/api/questions/$question/replies/FRA" '{"position":"SUPPORT"}' >/dev/null
  # TAP that will still be in consultation (SG3 meeting 6-15 September)
  tapConsult=$(call 201 chair-sg3 POST /api/approvals '{"procedure":"TAP","recommendation":"D.52","revision":"NEW",
    "title":"Charging of international mobile roaming","studyGroup":"SG3","questions":["Q6/3"],
    "summary":"Principles for charging international mobile roaming.","textReference":"SG3-TD210",
    "agreedOn":"2027-04-30","nextMeeting":{"start":"2027-09-06","end":"2027-09-15"}}' | idof)
  call 200 tsb POST "/api/approvals/$tapConsult/consultation" '{}' >/dev/null
  call 200 ms-deu PUT "/api/approvals/$tapConsult/replies/DEU" '{"position":"SUPPORT"}' >/dev/null
  # a changed reply (version 2), so that an upgrade takes over a reply with more than one version (fixtures from 0.5.0)
  call 200 ms-deu PUT "/api/approvals/$tapConsult/replies/DEU" '{"position":"SUPPORT","reasons":"as amended in SG3"}' >/dev/null

  clock 2027-05-04T09:00:00Z
  call 200 chair-sg17 POST "/api/approvals/$aapResolution/judgement" '{"route":"COMMENT_RESOLUTION"}' >/dev/null

  clock 2027-05-24T09:00:00Z
  # AAP in Last Call
  aapLastCall=$(call 201 chair-sg20 POST /api/approvals '{"procedure":"AAP","recommendation":"Y.4480","revision":"NEW",
    "title":"Digital twin reference model for smart cities","studyGroup":"SG20","questions":["Q2/20"],
    "summary":"Defines a reference model for digital twins of cities.","textReference":"SG20-TD1234","agreedOn":"2027-05-21"}' | idof)
  call 200 tsb POST "/api/approvals/$aapLastCall/last-call" '{}' >/dev/null
  call 201 ms-fra POST "/api/approvals/$aapLastCall/comments" '{"kind":"TYPOGRAPHICAL","text":"6.2: recieve -> receive"}' >/dev/null

  clock 2027-05-26T17:00:00Z
  call 200 chair-sg21 POST "/api/approvals/$aapMoreTime/meeting-outcome" '{"meetingEnd":"2027-05-26","objections":[],
    "moreTimeRequestedBy":["BRA"],"abstentions":[],"reservations":[]}' >/dev/null

  clock 2027-06-01T09:00:00Z
  expect_status "/api/approvals/$aapLastCall" LAST_CALL
  expect_status "/api/approvals/$aapResolution" COMMENT_RESOLUTION
  expect_status "/api/approvals/$aapMoreTime" MORE_TIME
  expect_status "/api/approvals/$tapConsult" CONSULTATION
  expect_status "/api/approvals/$tapMeeting" AWAITING_MEETING
  expect_status "/api/questions/$question" CONSULTATION
  expect_status "/api/deletions/$deletion" OBJECTION_PERIOD
  log "in flight at 2027-06-01T09:00:00Z: AAP $aapLastCall LAST_CALL, $aapResolution COMMENT_RESOLUTION, $aapMoreTime MORE_TIME; TAP $tapConsult CONSULTATION, $tapMeeting AWAITING_MEETING; Question $question; deletion $deletion"
}

mkdir -p "$OUT"
COMMIT=$(git -C "$ROOT" rev-parse "$REF^{commit}")

# --- H2 ------------------------------------------------------------------------------------------------------
if [ "$WHICH" = h2 ] || [ "$WHICH" = both ]; then
  log "H2"
  start_server sim "jdbc:h2:file:$WORK/h2/recflow;AUTO_SERVER=FALSE;WRITE_DELAY=0"
  drive
  stop_server
  # compact the file (H2 keeps free pages otherwise): a smaller fixture, the same data
  java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/h2/recflow" -user sa -password "" -sql "SHUTDOWN COMPACT" >/dev/null
  cp "$WORK/h2/recflow.mv.db" "$OUT/recflow.mv.db"
fi

# --- PostgreSQL ----------------------------------------------------------------------------------------------
pg() { # pg_ctl as the account that owns the cluster
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" "$@"; else "$PG_BIN/pg_ctl" -D "$PG_DATA" "$@"; fi
}
if [ "$WHICH" = postgres ] || [ "$WHICH" = both ]; then
  log "PostgreSQL"
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$PG_BIN/initdb" ] || { echo "no PostgreSQL under /usr/lib/postgresql: apt-get install postgresql" >&2; exit 1; }
  PG_PORT=$(free_port)
  mkdir -p "$PG_DATA"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DATA" "$WORK"; chmod 755 "$WORK"; fi
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 >/dev/null
  else "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 >/dev/null; fi
  pg -w -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=localhost" -l "$PG_DATA/server.log" start >/dev/null
  "$PG_BIN/psql" -q -h localhost -p "$PG_PORT" -U postgres -d postgres \
    -c "CREATE ROLE recflow LOGIN PASSWORD 'recflow'" -c "CREATE DATABASE recflow OWNER recflow" >/dev/null
  start_server postgres,sim "jdbc:postgresql://localhost:$PG_PORT/recflow" recflow recflow
  drive
  stop_server
  # plain SQL, INSERTs rather than COPY (restorable by psql or statement by statement over JDBC), no owners or grants
  # (restores into an empty database owned by any account)
  PGPASSWORD=recflow "$PG_BIN/pg_dump" -h localhost -p "$PG_PORT" -U recflow --format=plain --inserts --no-owner \
    --no-privileges recflow >"$OUT/recflow-postgres.sql"
  pg -m fast stop >/dev/null
fi

cat >"$OUT/README.md" <<INFO
# Upgrade fixture of recflow $RELEASE

Made by \`src/test/upgrade/make-fixture.sh $RELEASE\` from $REF (commit $COMMIT) on $(date -u +%F).
Sim clock at 2027-06-01T09:00:00Z; in flight: AAP Y.4480 in Last Call, AAP X.1500 in comment resolution, AAP H.810 in
its more-time window, TAP D.52 in consultation, TAP D.50 awaiting its meeting, Question Q5/20 in consultation, the
deletion of Y.2060 in its objection window. \`recflow.mv.db\`: H2; \`recflow-postgres.sql\`: PostgreSQL (pg_dump,
plain SQL). UpgradeTest drives every item to its end on the current build.
INFO
ls -l "$OUT" >&2
