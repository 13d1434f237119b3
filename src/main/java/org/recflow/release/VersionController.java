package org.recflow.release;

import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/version} (any signed-in caller): the release and the commit this server was built from, read from
 * {@code META-INF/build-info.properties} (spring-boot-maven-plugin, goal build-info) and {@code git.properties}
 * (git-commit-id-maven-plugin), the same {@link BuildProperties} and {@link GitProperties} the actuator's
 * {@code info} shows. A build without them (run from an IDE without Maven, or from a source archive without .git)
 * answers {@value #UNKNOWN} for what it lacks, never an error.
 */
@RestController
class VersionController {

    static final String UNKNOWN = "unknown";

    /**
     * The answer.
     *
     * @param version the release in the pom, e.g. {@code 0.2.0}
     * @param commit the full 40-hex-digit commit id, or {@value #UNKNOWN}
     * @param buildTime when the jar or classes were built (UTC), or null when unknown
     */
    record Version(String version, String commit, Instant buildTime) {
    }

    private final Version version;

    VersionController(ObjectProvider<BuildProperties> build, ObjectProvider<GitProperties> git) {
        BuildProperties b = build.getIfAvailable();
        GitProperties g = git.getIfAvailable();
        String commit = g == null || g.getCommitId() == null || g.getCommitId().isBlank() ? UNKNOWN : g.getCommitId();
        this.version = new Version(b == null || b.getVersion() == null ? UNKNOWN : b.getVersion(), commit,
                b == null ? null : b.getTime());
    }

    @GetMapping(path = "/api/version", produces = MediaType.APPLICATION_JSON_VALUE)
    Version version() {
        return version;
    }
}
