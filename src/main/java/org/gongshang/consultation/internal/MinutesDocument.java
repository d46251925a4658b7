package org.gongshang.consultation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongshang.consultation.Minutes;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

/**
 * The minutes as a Word document laid out as Chinese official documents are (after GB/T 9704):
 * A4 with 37 mm top, 35 mm bottom, 28 mm left and 26 mm right margins; the title in 方正小标宋简体
 * 二号 (22 pt) centred; section headings (一、…) in 黑体 三号; body text in 仿宋_GB2312 三号 (16 pt)
 * with a two-character first-line indent and fixed 28 pt line spacing. Fonts are set for East Asian
 * text through rFonts' eastAsia attribute, with SimSun-like fall-backs for ASCII.
 */
@Component
public class MinutesDocument {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋_GB2312";
    private static final int TWIPS_PER_MM = 1440 * 10 / 254;

    public byte[] docx(Minutes minutes, String subtitle) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(document);
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, minutes.title(), TITLE_FONT, 22, false);

            XWPFParagraph sub = document.createParagraph();
            sub.setAlignment(ParagraphAlignment.CENTER);
            sub.setSpacingAfter(360);
            run(sub, subtitle, BODY_FONT, 14, false);

            for (String line : minutes.body().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setSpacingBetween(28 * 20, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
                boolean heading = line.matches("^[一二三四五六七八九十]+、.*");
                if (!heading) {
                    paragraph.setIndentationFirstLine(2 * 16 * 20);
                }
                run(paragraph, line.strip(), heading ? HEADING_FONT : BODY_FONT, 16, false);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(37L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(35L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(28L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(26L * TWIPS_PER_MM));
    }

    private static void run(XWPFParagraph paragraph, String text, String eastAsiaFont, int points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(points);
        run.setBold(bold);
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setEastAsia(eastAsiaFont);
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
    }
}
