package org.recflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Issue 13 item 3: a model is deployed again only when its content changes, whatever folder or jar it comes from.
 * Runs the real models of processes/ on a throw-away in-memory engine, each time from a class loader that sees only
 * one folder or jar (as a node started from another checkout or from the jar would).
 */
class ProcessModelsTest {

    static final Path SOURCE = Path.of("processes");

    @TempDir Path tmp;
    ProcessEngine engine;
    RepositoryService repository;

    @BeforeEach
    void engine() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:process-models-" + System.nanoTime() + ";DB_CLOSE_DELAY=1000")
                .setProcessEngineName("process-models-test-" + System.nanoTime())
                .setJobExecutorActivate(false)
                .buildProcessEngine();
        repository = engine.getRepositoryService();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    /** A folder holding processes/*.bpmn copied from the repository's processes/. */
    Path folder(String name) throws IOException {
        Path dir = tmp.resolve(name).resolve("processes");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(SOURCE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir.getParent();
    }

    /** A jar holding processes/*.bpmn, as the built application carries them. */
    Path jar(String name) throws IOException {
        Path jar = tmp.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
                Stream<Path> files = Files.list(SOURCE)) {
            j.putNextEntry(new JarEntry("processes/"));
            j.closeEntry();
            for (Path f : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                j.putNextEntry(new JarEntry("processes/" + f.getFileName()));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
        }
        return jar;
    }

    /** The models as a node whose class path is only {@code location} would see them (no parent class path). */
    static List<ProcessModels.Model> modelsFrom(Path location) throws IOException {
        URLClassLoader loader = new URLClassLoader(new URL[] {location.toUri().toURL()}, null);
        return new ProcessModels(new PathMatchingResourcePatternResolver(loader)).models();
    }

    Map<String, Integer> latestVersions() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getVersion));
    }

    @Test
    void theSameModelsFromAnotherFolderOrFromTheJarAreNotDeployedAgain() throws IOException {
        List<ProcessModels.Model> first = modelsFrom(folder("checkout-a"));
        assertThat(first).extracting(ProcessModels.Model::name).contains("processes/aap-approval.bpmn",
                "processes/tap-approval.bpmn", "processes/question-approval.bpmn", "processes/recommendation-deletion.bpmn");
        assertThat(ProcessModels.deploy(repository, first)).isPresent();
        Map<String, Integer> versions = latestVersions();
        assertThat(versions).containsEntry("aapApproval", 1).hasSize(first.size());

        assertThat(ProcessModels.deploy(repository, modelsFrom(folder("elsewhere/checkout-b")))).isEmpty();
        assertThat(ProcessModels.deploy(repository, modelsFrom(jar("recflow")))).isEmpty();
        assertThat(latestVersions()).isEqualTo(versions);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
        assertThat(repository.getDeploymentResourceNames(repository.createDeploymentQuery().singleResult().getId()))
                .containsExactlyInAnyOrderElementsOf(first.stream().map(ProcessModels.Model::name).toList());
    }

    @Test
    void aChangedModelBecomesANewVersionOfThatProcessOnly() throws IOException {
        ProcessModels.deploy(repository, modelsFrom(jar("release")));
        String firstAap = repository.createProcessDefinitionQuery().processDefinitionKey("aapApproval").latestVersion()
                .singleResult().getId();

        Path changed = folder("next");
        Path aap = changed.resolve("processes/aap-approval.bpmn");
        String text = Files.readString(aap, StandardCharsets.UTF_8);
        Files.writeString(aap, text.replace("<bpmn:process id=\"aapApproval\" name=\"", "<bpmn:process id=\"aapApproval\" name=\"(2) "),
                StandardCharsets.UTF_8);
        assertThat(Files.readString(aap, StandardCharsets.UTF_8)).isNotEqualTo(text);

        assertThat(ProcessModels.deploy(repository, modelsFrom(changed))).isPresent();
        Map<String, Integer> versions = latestVersions();
        assertThat(versions).containsEntry("aapApproval", 2).containsEntry("tapApproval", 1);
        assertThat(versions.values()).filteredOn(v -> v > 1).hasSize(1);
        ProcessDefinition v2 = repository.createProcessDefinitionQuery().processDefinitionKey("aapApproval").latestVersion()
                .singleResult();
        assertThat(v2.getResourceName()).isEqualTo("processes/aap-approval.bpmn");
        assertThat(v2.getId()).isNotEqualTo(firstAap);

        // started again from the changed folder, or from another copy of it: nothing new
        assertThat(ProcessModels.deploy(repository, modelsFrom(changed))).isEmpty();
        assertThat(latestVersions()).isEqualTo(versions);
        // going back to the released content is a change too: a third version
        assertThat(ProcessModels.deploy(repository, modelsFrom(jar("release-again")))).isPresent();
        assertThat(latestVersions()).containsEntry("aapApproval", 3).containsEntry("tapApproval", 1);
    }

    @Test
    void modelsDeployedByRelease010UnderTheirAbsolutePathsAreNotDeployedAgain() throws IOException {
        // what the Camunda starter did in 0.1.0 from a checkout: resource names are absolute file paths
        Path old = folder("home/someone/recflow/target/classes");
        var legacy = repository.createDeployment().name("SpringAutoDeployment").enableDuplicateFiltering(false);
        try (Stream<Path> files = Files.list(old.resolve("processes"))) {
            for (Path f : files.toList()) {
                legacy.addInputStream(f.toAbsolutePath().toString(), new ByteArrayInputStream(Files.readAllBytes(f)));
            }
        }
        legacy.deploy();
        Map<String, Integer> versions = latestVersions();

        assertThat(ProcessModels.deploy(repository, modelsFrom(jar("recflow-0.2.0")))).isEmpty();
        assertThat(latestVersions()).isEqualTo(versions);
    }
}
