package org.recflow.release;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys recflow's BPMN models ({@code classpath*:processes/*.bpmn}, from processes/ in the repository) when the
 * engine is built, in place of the Camunda starter's auto-deployment ({@code camunda.bpm.auto-deployment-enabled:
 * false}). The starter named each resource by its absolute file path when run from a checkout
 * ({@code /home/x/recflow/target/classes/processes/aap-approval.bpmn}) and by its bare file name from the jar, so
 * Camunda's duplicate filter, which matches resources by name, made new versions of every model whenever a node
 * started from another folder or from the jar after {@code mvn spring-boot:run}.
 * <p>
 * Here a model is deployed only when its content changed, whatever folder or jar it comes from: for each file, the
 * latest deployed definition of every process it declares is compared, byte for byte, with the file (under whatever
 * resource name it was deployed, the old path-like names of release 0.1.0 included); only changed or new files are
 * deployed, under stable names ({@code processes/aap-approval.bpmn}), in a deployment named {@value #DEPLOYMENT_NAME}
 * with Camunda's duplicate filtering on as a second guard (it runs under the engine's deployment lock). A changed
 * model becomes a new version for new instances; instances already running stay on theirs (docs/OPERATIONS.md
 * "Upgrading").
 */
@Component
public class ProcessModels extends AbstractProcessEnginePlugin {

    /** The name of every deployment recflow makes; Camunda's duplicate filter compares within it. */
    public static final String DEPLOYMENT_NAME = "recflow";

    static final String LOCATION = "classpath*:processes/*.bpmn";

    private static final Logger LOG = LoggerFactory.getLogger(ProcessModels.class);

    /** One model file: its stable resource name ({@code processes/<file>}) and its bytes. */
    public record Model(String name, byte[] content) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Model m && m.name.equals(name) && Arrays.equals(m.content, content);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return name + " (" + content.length + " bytes)";
        }
    }

    private final ResourcePatternResolver resources;

    /** The models of {@code processes/*.bpmn} on this class's class path (the jar, or target/classes). */
    public ProcessModels() {
        this(new PathMatchingResourcePatternResolver(ProcessModels.class.getClassLoader()));
    }

    ProcessModels(ResourcePatternResolver resources) {
        this.resources = resources;
    }

    /**
     * Leaves the starter's auto-deployment nothing to deploy, even when {@code camunda.bpm.auto-deployment-enabled} is
     * left on by another configuration: its path-like names would make new versions again.
     */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration instanceof SpringProcessEngineConfiguration spring && spring.getDeploymentResources() != null
                && spring.getDeploymentResources().length > 0) {
            LOG.warn("the Camunda starter's auto-deployment is on; its {} resources are left out, recflow deploys its models itself",
                    spring.getDeploymentResources().length);
            spring.setDeploymentResources(new Resource[0]);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        deploy(engine.getRepositoryService(), models());
    }

    /**
     * The model files on the classpath, named {@code processes/<file name>} whatever their location (folder or jar);
     * when two carry one name (a jar and a folder both on the classpath), the first wins.
     *
     * @throws UncheckedIOException when a file cannot be read
     */
    public List<Model> models() {
        Map<String, Model> byName = new LinkedHashMap<>();
        try {
            for (Resource r : resources.getResources(LOCATION)) {
                String name = "processes/" + r.getFilename();
                if (!byName.containsKey(name)) {
                    try (InputStream in = r.getInputStream()) {
                        byName.put(name, new Model(name, in.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the process models " + LOCATION, e);
        }
        return List.copyOf(byName.values());
    }

    /**
     * Deploys those of {@code models} whose content differs from what the engine runs for their processes.
     *
     * @return the new deployment, or empty when every model was already deployed with this content
     */
    public static Optional<Deployment> deploy(RepositoryService repository, List<Model> models) {
        List<Model> changed = new ArrayList<>();
        for (Model m : models) {
            if (!deployedAsIs(repository, m)) {
                changed.add(m);
            }
        }
        if (changed.isEmpty()) {
            LOG.info("process models unchanged: {}", models);
            return Optional.empty();
        }
        DeploymentBuilder builder = repository.createDeployment().name(DEPLOYMENT_NAME).enableDuplicateFiltering(true);
        changed.forEach(m -> builder.addInputStream(m.name(), new ByteArrayInputStream(m.content())));
        Deployment d = builder.deploy();
        LOG.info("process models deployed as {}: {}", d.getId(), changed);
        return Optional.of(d);
    }

    /** True when every process the file declares has, as its latest version, exactly this file's content. */
    static boolean deployedAsIs(RepositoryService repository, Model m) {
        List<String> keys = Bpmn.readModelFromStream(new ByteArrayInputStream(m.content()))
                .getModelElementsByType(Process.class).stream().map(Process::getId).toList();
        if (keys.isEmpty()) {
            return false;
        }
        for (String key : keys) {
            ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                    .withoutTenantId().singleResult();
            if (latest == null) {
                return false;
            }
            try (InputStream in = repository.getResourceAsStream(latest.getDeploymentId(), latest.getResourceName())) {
                if (!Arrays.equals(in.readAllBytes(), m.content())) {
                    return false;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return true;
    }
}
