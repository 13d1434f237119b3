package org.recflow.postgres;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.recflow.RecflowApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A recflow node in a JVM of its own, for {@link ClusterTest}: the application as {@code java -jar} runs it, plus a
 * simulated engine clock the test moves through standard input. Lines in: {@code clock <instant>}, {@code stop}.
 * Lines out (prefixed {@value #PREFIX}): {@code READY <port>}, {@code CLOCK <instant>}. When standard input closes
 * (the test JVM ended), the node stops, so no node outlives its test.
 */
public final class ClusterNode {

    static final String PREFIX = "CLUSTER-NODE ";

    private ClusterNode() {
    }

    public static void main(String[] args) throws Exception {
        String start = System.getProperty("recflow.clock");
        if (start != null) {
            ClockUtil.setCurrentTime(Date.from(Instant.parse(start)));
        }
        ConfigurableApplicationContext context = SpringApplication.run(RecflowApplication.class, args);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.println(PREFIX + "READY " + port);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            line = line.trim();
            if (line.startsWith("clock ")) {
                Instant now = Instant.parse(line.substring("clock ".length()).trim());
                ClockUtil.setCurrentTime(Date.from(now));
                System.out.println(PREFIX + "CLOCK " + now);
                System.out.flush();
            } else if (line.equals("stop")) {
                break;
            }
        }
        context.close();
        System.exit(0);
    }
}
