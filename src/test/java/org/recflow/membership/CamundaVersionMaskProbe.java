package org.recflow.membership;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Camunda web applications' release, read as a caller could not: from the class path. */
final class CamundaVersionMaskProbe {

    private CamundaVersionMaskProbe() {
    }

    static String version() throws IOException {
        try (InputStream in = CamundaVersionMaskProbe.class.getResourceAsStream(
                "/META-INF/maven/org.camunda.bpm.webapp/camunda-webapp-webjar/pom.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }
}
