package org.recflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** recflow: the ITU-T approval procedures (AAP of A.8, TAP of WTSA Resolution 1) as running workflows. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "kernel")
public class RecflowApplication {

    public static void main(String[] args) {
        UtcTimeZone.pin(); // before logging and Spring start (docs/OPERATIONS.md, "Time zones")
        SpringApplication.run(RecflowApplication.class, args);
    }
}
