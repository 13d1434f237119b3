package org.recflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The e-mail tests' common ground: a real SMTP server (GreenMail on a free loopback port, fresh for each test), a
 * Spring context of their own wired to it (one database and engine for all the classes that extend this, so they
 * share one cached context), and readers of the received MIME messages.
 */
abstract class MailTestSupport {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(true);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        // a database and an engine of this context's own: the shared context of the suite has no SMTP server
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:recflow-mail;DB_CLOSE_DELAY=-1");
        registry.add("camunda.bpm.generate-unique-process-engine-name", () -> "true");
        registry.add("recflow.notifications.public-base-url", () -> "https://recflow.example.org");
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The received messages whose subject passes {@code subject}, by each TO address, in the order received. */
    static Map<String, List<MimeMessage>> receivedByAddress(Predicate<String> subject) throws Exception {
        Map<String, List<MimeMessage>> byAddress = new LinkedHashMap<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (!subject.test(m.getSubject())) {
                continue;
            }
            for (var to : m.getRecipients(Message.RecipientType.TO)) {
                byAddress.computeIfAbsent(((InternetAddress) to).getAddress(), k -> new ArrayList<>()).add(m);
            }
        }
        return byAddress;
    }

    /** The first body part of {@code type} anywhere in the message, as text. */
    static String part(MimeMessage m, String type) throws Exception {
        BodyPart p = find((MimeMultipart) m.getContent(), type);
        assertThat(p).as(type + " part").isNotNull();
        return String.valueOf(p.getContent());
    }

    /** The first body part of {@code type} anywhere in {@code multipart}, or null. */
    static BodyPart find(MimeMultipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart p = multipart.getBodyPart(i);
            if (p.isMimeType(type)) {
                return p;
            }
            if (p.getContent() instanceof MimeMultipart inner) {
                BodyPart found = find(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
