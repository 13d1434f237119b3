package org.recflow.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The append-only rule for Flyway migrations across releases, as plain Java. Each release keeps a manifest,
 * {@code src/test/resources/releases/<version>/migrations.txt}: one line per migration it shipped,
 * {@code <version> <script> <checksum>}, the checksum being Flyway's own (CRC32 of the script's lines, the number
 * Flyway stores in flyway_schema_history and validates at every start). A migration of the current tree is
 * acceptable when
 * <ul>
 * <li>it was shipped by a release: same script, same checksum (a changed released script is refused by Flyway on
 * every database of that release, "Validate failed: Migration checksum mismatch");</li>
 * <li>or it is new: its version is above the highest of the last release (a lower one is refused as "Detected
 * resolved migration not applied to database", as V5 after V6 was in issue 13).</li>
 * </ul>
 * and no released migration may disappear.
 */
final class ReleasedMigrations {

    /** Where the manifests live, relative to the project's folder (tests run there). */
    static final Path RELEASES = Path.of("src/test/resources/releases");

    /** One migration: Flyway version (e.g. 7), script file name, Flyway checksum. */
    record Migration(MigrationVersion version, String script, int checksum) {
        String line() {
            return version.getVersion() + " " + script + " " + checksum;
        }

        static Migration parse(String line) {
            String[] f = line.trim().split("\\s+");
            if (f.length != 3) {
                throw new IllegalArgumentException("expected '<version> <script> <checksum>', got: " + line);
            }
            return new Migration(MigrationVersion.fromVersion(f[0]), f[1], Integer.parseInt(f[2]));
        }
    }

    private ReleasedMigrations() {
    }

    /** The migrations of the current tree (classpath:db/migration), as Flyway resolves them, by version. */
    static List<Migration> current() {
        // an empty in-memory database: Flyway only lists what it would apply, it migrates nothing
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:h2:mem:released-migrations-" + System.nanoTime() + ";DB_CLOSE_DELAY=0", "sa", "")
                .locations("classpath:db/migration").schemas("RECFLOW").load();
        List<Migration> all = new ArrayList<>();
        for (MigrationInfo i : flyway.info().all()) {
            all.add(new Migration(i.getVersion(), i.getScript(), i.getChecksum()));
        }
        all.sort(Comparator.comparing(Migration::version));
        return all;
    }

    /** Every release's manifest, by release version (semantic order: 0.10.0 after 0.9.0). */
    static TreeMap<MigrationVersion, List<Migration>> releases() {
        TreeMap<MigrationVersion, List<Migration>> out = new TreeMap<>();
        if (!Files.isDirectory(RELEASES)) {
            return out;
        }
        try (Stream<Path> dirs = Files.list(RELEASES)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("migrations.txt"))).toList()) {
                out.put(MigrationVersion.fromVersion(dir.getFileName().toString()), read(dir.resolve("migrations.txt")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Migration> read(Path manifest) {
        try {
            return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(Migration::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the manifest of release {@code release} from the current tree (the release's own commit). */
    static Path record(String release, List<Migration> migrations) {
        Path file = RELEASES.resolve(release).resolve("migrations.txt");
        StringBuilder text = new StringBuilder("# Flyway migrations shipped by recflow ").append(release)
                .append(": <version> <script> <Flyway checksum>. Never edit; see docs/OPERATIONS.md \"Upgrading\".\n");
        migrations.forEach(m -> text.append(m.line()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * What breaks the append-only rule, one sentence each; empty when nothing does.
     *
     * @param releases every release's manifest, by release version
     * @param current the migrations of the tree being built
     */
    static List<String> violations(TreeMap<MigrationVersion, List<Migration>> releases, List<Migration> current) {
        List<String> out = new ArrayList<>();
        Map<MigrationVersion, Migration> now = current.stream()
                .collect(Collectors.toMap(Migration::version, Function.identity(), (a, b) -> a));
        for (var release : releases.entrySet()) {
            for (Migration shipped : release.getValue()) {
                Migration m = now.get(shipped.version());
                if (m == null) {
                    out.add("V" + shipped.version() + " (" + shipped.script() + ") of release " + release.getKey() + " is gone");
                } else if (!m.script().equals(shipped.script())) {
                    out.add("V" + shipped.version() + " of release " + release.getKey() + " was " + shipped.script()
                            + ", is now " + m.script());
                } else if (m.checksum() != shipped.checksum()) {
                    out.add(m.script() + " of release " + release.getKey() + " changed: checksum " + m.checksum()
                            + ", released " + shipped.checksum());
                }
            }
        }
        if (releases.isEmpty()) {
            return out;
        }
        var last = releases.lastEntry();
        MigrationVersion highest = last.getValue().stream().map(Migration::version).max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
        var shipped = last.getValue().stream().map(Migration::version).collect(Collectors.toSet());
        for (Migration m : current) {
            if (!shipped.contains(m.version()) && m.version().compareTo(highest) <= 0) {
                out.add(m.script() + " is new but its version " + m.version() + " is not above V" + highest
                        + ", the highest of release " + last.getKey() + ": a database of that release would refuse it");
            }
        }
        return out;
    }
}
