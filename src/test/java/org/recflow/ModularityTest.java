package org.recflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of the house (docs/modules/): each top-level package under {@code org.recflow} is a
 * module, only its base package is API (nested packages such as {@code web} are internal unless exposed), and
 * no two modules depend on each other in a cycle. Also writes the module documentation (C4 component diagrams
 * in PlantUML and one canvas per module) into {@code docs/modules}, which is committed.
 */
class ModularityTest {

    /** Production classes only, whatever the build directory is called (-Dbuild.dir=target-x puts tests in target-x/test-classes). */
    private final ApplicationModules modules = ApplicationModules.of(RecflowApplication.class,
            location -> !location.contains("/test-classes/"));

    @Test
    void modulesRespectTheirBoundariesAndFormNoCycle() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation(Documenter.DiagramOptions.defaults(), Documenter.CanvasOptions.defaults());
    }
}
