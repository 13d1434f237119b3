package org.recflow.circular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of circular in every language, compared as TEXT (one line per block, whitespace collapsed) with the
 * committed golden files in src/test/resources/circular/golden. The golden files are what a person read and checked:
 * after a deliberate change of wording, regenerate them with {@code -Dgolden.update=true} and read the diff.
 */
class CircularGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/circular/golden");

    private final CircularDocuments documents = new CircularDocuments();

    static Stream<Arguments> kindsAndLanguages() {
        List<Arguments> out = new ArrayList<>();
        for (CircularKind k : CircularKind.values()) {
            for (Language l : Language.values()) {
                out.add(Arguments.of(k, l));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsAndLanguages")
    void textMatchesTheGoldenFile(CircularKind kind, Language lang) throws IOException {
        String text = text(Jsoup.parse(documents.html(CircularFixtures.of(kind), lang)));
        Path golden = GOLDEN.resolve(kind.name().toLowerCase() + "." + lang.code() + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file (create it with -Dgolden.update=true and read it)").exists();
        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void arabicRunsRightToLeftAndEveryOtherLanguageLeftToRight() {
        for (Language l : Language.values()) {
            Document d = Jsoup.parse(documents.html(CircularFixtures.tapConsultation(), l));
            assertThat(d.selectFirst("html").attr("dir")).isEqualTo(l == Language.AR ? "rtl" : "ltr");
            assertThat(d.selectFirst("html").attr("lang")).isEqualTo(l.code());
        }
    }

    @Test
    void theFourUnreviewedLanguagesAreMarkedForTsbTranslators() {
        for (Language l : Language.values()) {
            Document d = Jsoup.parse(documents.html(CircularFixtures.tapConsultation(), l));
            assertThat(d.select("p.review")).as(l.code()).hasSize(l.reviewed() ? 0 : 1);
            assertThat(d.selectFirst("meta[name=translation-status]").attr("content")).isNotBlank();
        }
        assertThat(Stream.of(Language.values()).filter(Language::reviewed)).containsExactly(Language.EN, Language.ZH);
    }

    @Test
    void theDeadlineIsWrittenTheWayEachLanguageWritesIt() {
        CircularView tap = CircularFixtures.tapConsultation();
        assertThat(body(tap, Language.EN)).contains("24:00 hours UTC on 24 March 2027");
        assertThat(body(tap, Language.ZH)).contains("2027年3月24日24:00（UTC）");
        assertThat(body(tap, Language.FR)).contains("le 24 mars 2027 à 24 heures (UTC)");
        assertThat(body(tap, Language.ES)).contains("las 24.00 horas UTC del 24 de marzo de 2027");
        assertThat(body(tap, Language.RU)).contains("24:00 UTC 24 марта 2027");
        assertThat(body(tap, Language.AR)).contains("الساعة 24:00").contains("2027");
    }

    @Test
    void freeParagraphsFollowRecflowsAndAreNumbered() {
        Document d = Jsoup.parse(documents.html(CircularFixtures.tapConsultation(), Language.EN));
        List<String> numbers = d.select("div.para span.num").eachText();
        assertThat(numbers).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(d.select("div.para").last().select("span").last().text()).isEqualTo("TSB thanks the Member States for their replies.");
    }

    private String body(CircularView c, Language l) {
        return Jsoup.parse(documents.html(c, l)).body().text();
    }

    /** The document's text, one line per block element, whitespace collapsed, empty lines dropped. */
    static String text(Document d) {
        StringBuilder sb = new StringBuilder();
        sb.append("[title] ").append(d.title()).append('\n');
        d.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && e.isBlock()) {
                    sb.append('\n');
                } else if (node instanceof Element e && e.tagName().equals("span")) {
                    sb.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    sb.append('\n');
                }
            }
        });
        StringBuilder out = new StringBuilder();
        for (String line : sb.toString().split("\n")) {
            String l = line.replaceAll("\\s+", " ").trim();
            if (!l.isEmpty()) {
                out.append(l).append('\n');
            }
        }
        return out.toString();
    }
}
