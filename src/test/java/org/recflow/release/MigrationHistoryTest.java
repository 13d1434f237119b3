package org.recflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.recflow.release.ReleasedMigrations.Migration;

/**
 * Flyway migrations are append-only across releases (issue 13 item 2): the current tree against every release's
 * manifest, and the rule at its edges. To record the manifest of a new release, run on the release's commit
 * {@code mvn -B test -Dtest=MigrationHistoryTest -Drecflow.release.record=<version>} (docs/OPERATIONS.md "Upgrading").
 */
class MigrationHistoryTest {

    @Test
    void theCurrentMigrationsKeepEveryReleaseAndOnlyAppend() {
        String record = System.getProperty("recflow.release.record");
        if (record != null && !record.isBlank()) {
            ReleasedMigrations.record(record.trim(), ReleasedMigrations.current());
        }
        TreeMap<MigrationVersion, List<Migration>> releases = ReleasedMigrations.releases();
        assertThat(releases).as("src/test/resources/releases/<version>/migrations.txt").containsKey(MigrationVersion.fromVersion("0.1.0"));
        assertThat(ReleasedMigrations.violations(releases, ReleasedMigrations.current())).isEmpty();
    }

    @Test
    void flywayChecksumsAreReadFromTheScripts() {
        List<Migration> now = ReleasedMigrations.current();
        assertThat(now).extracting(m -> m.version().getVersion()).startsWith("1", "2", "3", "4", "5", "6", "7");
        assertThat(now).extracting(Migration::script).allMatch(s -> s.matches("V\\d+__\\w+\\.sql"));
        // distinct scripts have distinct checksums (CRC32 of their lines; equal ones would mean nothing is read)
        assertThat(now).extracting(Migration::checksum).doesNotHaveDuplicates();
    }

    private static Migration m(String version, String script, int checksum) {
        return new Migration(MigrationVersion.fromVersion(version), script, checksum);
    }

    private static TreeMap<MigrationVersion, List<Migration>> released(String release, Migration... shipped) {
        TreeMap<MigrationVersion, List<Migration>> r = new TreeMap<>();
        r.put(MigrationVersion.fromVersion(release), List.of(shipped));
        return r;
    }

    @Test
    void aNewMigrationAboveTheLastReleaseIsAccepted() {
        var r = released("0.1.0", m("6", "V6__a.sql", 10), m("7", "V7__b.sql", 11));
        assertThat(ReleasedMigrations.violations(r, List.of(m("6", "V6__a.sql", 10), m("7", "V7__b.sql", 11),
                m("8", "V8__c.sql", 12), m("7.1", "V7.1__d.sql", 13)))).isEmpty();
    }

    @Test
    void aNewMigrationAtOrBelowTheLastReleasesHighestIsRefused() {
        var r = released("0.1.0", m("4", "V4__a.sql", 10), m("6", "V6__b.sql", 11));
        assertThat(ReleasedMigrations.violations(r, List.of(m("4", "V4__a.sql", 10), m("5", "V5__late.sql", 12),
                m("6", "V6__b.sql", 11)))).singleElement().asString().contains("V5__late.sql").contains("not above V6");
        // the same version as a released one under another name: refused as a rename
        assertThat(ReleasedMigrations.violations(r, List.of(m("4", "V4__a.sql", 10), m("6", "V6__other.sql", 11))))
                .singleElement().asString().contains("was V6__b.sql");
    }

    @Test
    void aChangedOrRemovedReleasedMigrationIsRefused() {
        var r = released("0.1.0", m("1", "V1__a.sql", 10), m("2", "V2__b.sql", 11));
        assertThat(ReleasedMigrations.violations(r, List.of(m("1", "V1__a.sql", 10), m("2", "V2__b.sql", 12))))
                .singleElement().asString().contains("V2__b.sql").contains("changed");
        assertThat(ReleasedMigrations.violations(r, List.of(m("2", "V2__b.sql", 11))))
                .singleElement().asString().contains("V1__a.sql").contains("gone");
    }

    @Test
    void everyReleaseIsCheckedAndTheLastOneSetsTheFloor() {
        var r = released("0.1.0", m("1", "V1__a.sql", 10));
        r.put(MigrationVersion.fromVersion("0.10.0"), List.of(m("1", "V1__a.sql", 10), m("3", "V3__c.sql", 12)));
        r.put(MigrationVersion.fromVersion("0.2.0"), List.of(m("1", "V1__a.sql", 10), m("2", "V2__b.sql", 11)));
        // 0.10.0 is the last release (semantic order), so V2.5 is below its V3; V2 stays required
        assertThat(ReleasedMigrations.violations(r, List.of(m("1", "V1__a.sql", 10), m("2.5", "V2.5__x.sql", 13),
                m("3", "V3__c.sql", 12)))).containsExactlyInAnyOrder(
                        "V2 (V2__b.sql) of release 0.2.0 is gone",
                        "V2.5__x.sql is new but its version 2.5 is not above V3, the highest of release 0.10.0: a database of that release would refuse it");
    }
}
