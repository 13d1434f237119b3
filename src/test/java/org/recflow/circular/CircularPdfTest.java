package org.recflow.circular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF as a reader gets it: its text extracted with PDFBox holds the reply deadline and the Chinese and Arabic
 * titles, and the fonts it uses are embedded (nothing left to the reader's machine). The PDFs are left in
 * target/circulars/ for a person to look at (docs/circular-tap-*.png were made from them with pdftoppm).
 */
class CircularPdfTest {

    private final CircularDocuments documents = new CircularDocuments();

    @Test
    void theReplyDeadlineAndTheChineseAndArabicTitlesCanBeReadFromThePdf() throws IOException {
        CircularView tap = CircularFixtures.tapConsultation();
        String en = text(pdf(tap, Language.EN));
        String zh = text(pdf(tap, Language.ZH));
        String ar = text(pdf(tap, Language.AR));

        assertThat(squeeze(en)).contains(squeeze("24:00 hours UTC on 24 March 2027"));
        assertThat(squeeze(en)).contains(squeeze(documents.subject(tap, Language.EN)));
        assertThat(squeeze(zh)).contains(squeeze("2027年3月24日24:00（UTC）"));
        assertThat(squeeze(zh)).contains(squeeze(documents.subject(tap, Language.ZH)));
        assertThat(squeeze(zh)).contains("电信标准化局第123号通函");
        // the Arabic subject as PDFBox reads it back: shaped glyphs mapped to their letters, lines in logical order
        assertThat(squeeze(ar)).contains(squeeze("اعتزام تطبيق إجراء الموافقة"));
        assertThat(squeeze(ar)).contains(squeeze("مكتب تقييس الاتصالات"));
        assertThat(ar).contains("2027");
    }

    @Test
    void everyFontInThePdfIsEmbedded() throws IOException {
        for (Language l : Language.values()) {
            try (PDDocument doc = Loader.loadPDF(pdf(CircularFixtures.tapConsultation(), l))) {
                List<String> fonts = new ArrayList<>();
                for (PDPage page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont f = page.getResources().getFont(name);
                        fonts.add(f.getName());
                        assertThat(f.isEmbedded()).as(l + " " + f.getName()).isTrue();
                    }
                }
                assertThat(fonts).as(l.code()).isNotEmpty();
                if (l == Language.AR) {
                    assertThat(fonts).anyMatch(n -> n.contains("NotoNaskhArabic"));
                }
                if (l == Language.ZH) {
                    assertThat(fonts).anyMatch(n -> n.contains("NotoSansSC"));
                }
                if (l == Language.EN || l == Language.RU) {
                    assertThat(fonts).anyMatch(n -> n.contains("NotoSans-"));
                }
            }
        }
    }

    private byte[] pdf(CircularView c, Language l) throws IOException {
        byte[] pdf = documents.pdf(c, l);
        Path out = Path.of("target/circulars");
        Files.createDirectories(out);
        Files.write(out.resolve("tap-consultation." + l.code() + ".pdf"), pdf);
        return pdf;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /**
     * Whitespace dropped (lines wrap), and the letters folded the way a search would: the fonts draw some letters
     * with a glyph they share with another code point, so the PDF's text layer names e.g. the Kangxi radical U+2F49
     * for 月 and the Persian U+06CC for ي. NFKC folds the first; the Arabic letters are folded by hand.
     */
    private static String squeeze(String s) {
        String folded = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
                .replace('\u06CC', '\u064A').replace('\u06D5', '\u0647').replace('\u06A9', '\u0643').replace("\u0640", "");
        return folded.replaceAll("\\s+", "");
    }
}
