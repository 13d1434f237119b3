package org.recflow;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Pins the JVM's default time zone to UTC before anything of Spring, the database drivers or Camunda starts, whatever
 * {@code TZ} or {@code -Duser.timezone} the server was started with (docs/OPERATIONS.md, "Time zones").
 * <p>
 * Why: Camunda keeps its instants (timer due dates, lock expiry, history times) in columns without a zone, written and
 * read through JDBC in the JVM's default zone. A database written by a JVM in one zone and read by one in another shifts
 * every pending timer by the difference (issue 13: a Last Call closed two hours early after a restart in Geneva). With
 * every node in UTC the stored wall-clock time is the UTC instant. recflow's own columns are TIMESTAMP WITH TIME ZONE
 * and unaffected. The PostgreSQL driver sends the JVM's zone as the session's {@code TimeZone}, so the session is in
 * UTC too; H2 converts with the JVM's zone.
 * <p>
 * Registered in META-INF/spring.factories, so it applies to every {@link SpringApplication} of recflow: {@code main},
 * {@code java -jar}, the Spring Boot tests and any launcher; {@link RecflowApplication#main} also calls {@link #pin()}
 * first, before logging starts.
 */
public class UtcTimeZone implements EnvironmentPostProcessor, Ordered {

    /** The zone every recflow JVM runs in. */
    public static final String UTC = "UTC";

    /** Sets the JVM's default zone (and {@code user.timezone}) to UTC; idempotent. */
    public static void pin() {
        if (!UTC.equals(TimeZone.getDefault().getID())) {
            TimeZone.setDefault(TimeZone.getTimeZone(UTC));
        }
        System.setProperty("user.timezone", UTC);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        pin();
    }

    /** First of all post-processors: nothing that reads the default zone runs before it. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
