package org.recflow.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContentLinesTest {

    @Test
    void aShortLineIsLeftAlone() {
        String line = "SUMMARY:" + "x".repeat(67); // 75 octets exactly
        assertThat(ContentLines.fold(line + "\r\n")).isEqualTo(line + "\r\n");
    }

    @Test
    void asciiFoldsAt75OctetsThen74AfterTheSpace() {
        String line = "SUMMARY:" + "x".repeat(68); // 76 octets
        String folded = ContentLines.fold(line + "\r\n");
        assertThat(folded).isEqualTo(line.substring(0, 75) + "\r\n " + line.substring(75) + "\r\n");
        assertEveryLineFits(folded);
        assertThat(unfold(folded)).isEqualTo(line + "\r\n");
    }

    @Test
    void neverInsideACharacterOfTwoThreeOrFourOctets() throws Exception {
        for (String c : new String[] {"é", "数", "\uD83D\uDE00"}) {
            for (int prefix = 0; prefix < 5; prefix++) {
                String line = "SUMMARY:" + "a".repeat(prefix) + c.repeat(60);
                String folded = ContentLines.fold(line + "\r\nEND:VEVENT\r\n");
                assertEveryLineFits(folded);
                for (String physical : folded.split("\r\n")) {
                    strictUtf8(physical.getBytes(StandardCharsets.UTF_8));
                    if (c.length() == 2) { // no half of a surrogate pair at either end of a line
                        assertThat(physical).doesNotStartWith(" " + c.charAt(1)).doesNotEndWith(String.valueOf(c.charAt(0)));
                    }
                }
                assertThat(unfold(folded)).isEqualTo(line + "\r\nEND:VEVENT\r\n");
            }
        }
    }

    @Test
    void aLineOfChineseTakesAtMost75OctetsEachNotJust75Characters() {
        String title = "数字孪生参考模型".repeat(20); // 160 characters, 480 octets
        String folded = ContentLines.fold("SUMMARY:" + title + "\r\n");
        String[] lines = folded.split("\r\n");
        assertThat(lines.length).isGreaterThanOrEqualTo(7); // 488 octets / 75 per line
        // each full line carries as much as fits: 75 - 8 octets of "SUMMARY:" leaves 22 characters (66 octets)
        assertThat(ContentLines.octetLength(lines[0])).isBetween(73, 75);
        assertEveryLineFits(folded);
    }

    private static void assertEveryLineFits(String folded) {
        assertThat(folded).endsWith("\r\n");
        Arrays.stream(folded.split("\r\n")).forEach(l -> assertThat(ContentLines.octetLength(l)).as(l).isLessThanOrEqualTo(75));
    }

    private static String unfold(String folded) {
        return folded.replace("\r\n ", "");
    }

    static void strictUtf8(byte[] bytes) throws CharacterCodingException {
        decodeStrictly(bytes);
    }

    /** The bytes as UTF-8, refusing any malformed sequence (a character cut in two) instead of replacing it. */
    static String decodeStrictly(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
