package org.recflow.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.recflow.deadline.DeadlineBook;
import org.recflow.kernel.RecflowException;

class DeadlineCursorTest {

    static final DeadlineBook.Position AT = new DeadlineBook.Position(Instant.parse("2027-02-08T23:59:59.123456Z"), 42);

    @Test
    void readsBackWhatItWroteWithUrlSafeCharactersOnly() {
        for (DeadlineCursor c : new DeadlineCursor[] {
                new DeadlineCursor(AT, null, null, Instant.parse("9999-12-31T23:59:59Z")),
                new DeadlineCursor(AT, "", "", Instant.EPOCH),
                new DeadlineCursor(AT, "SG~20|é&=", "P30D", Instant.parse("2027-03-01T00:00:00Z"))}) {
            String encoded = c.encode();
            assertThat(encoded).matches("[A-Za-z0-9_-]+");
            assertThat(DeadlineCursor.decode(encoded)).isEqualTo(c);
        }
    }

    @Test
    void checksTheQueryItBelongsTo() {
        DeadlineCursor c = new DeadlineCursor(AT, "SG20", "P30D", Instant.EPOCH);
        c.requireQuery("SG20", "P30D");
        assertThatThrownBy(() -> c.requireQuery(null, "P30D")).isInstanceOf(RecflowException.class);
        assertThatThrownBy(() -> c.requireQuery("SG20", null)).isInstanceOf(RecflowException.class);
        assertThatThrownBy(() -> c.requireQuery("SG13", "P30D")).isInstanceOf(RecflowException.class);
        new DeadlineCursor(AT, null, null, Instant.EPOCH).requireQuery(null, null);
    }

    @Test
    void refusesAnythingElseNamingTheCursor() {
        String good = new DeadlineCursor(AT, null, null, Instant.EPOCH).encode();
        for (String bad : new String[] {"", "%%%", "not base64!", good.substring(1), good + "AAAA", enc("d1~x~1~~~1970-01-01T00:00:00Z"),
                enc("d1~2027-01-01T00:00:00Z~one~~~1970-01-01T00:00:00Z"), enc("d1~2027-01-01T00:00:00Z~1~SG20~~1970-01-01T00:00:00Z"),
                enc("d1~2027-01-01T00:00:00Z~1~=%zz~~1970-01-01T00:00:00Z"), enc("d2~2027-01-01T00:00:00Z~1~~~1970-01-01T00:00:00Z")}) {
            assertThatThrownBy(() -> DeadlineCursor.decode(bad)).as(bad).isInstanceOfSatisfying(RecflowException.class,
                    e -> assertThat(e.properties()).containsEntry("field", "cursor"));
        }
    }

    static String enc(String s) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
