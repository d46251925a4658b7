package org.gongshang.member.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A member's duty archive (履职档案) of a year as a Word document: the title in 宋体, the facts of
 * the member, the points by activity and every record, in 仿宋, as Word and WPS expect for Chinese.
 */
public final class DutyArchiveDocument {

    private static final String TITLE_FONT = "宋体";
    private static final String BODY_FONT = "仿宋";
    private static final String LATIN_FONT = "Times New Roman";

    /** A heading and the rows of a table under it; the first row is the table's header. */
    public record Section(String heading, List<List<String>> rows) {
    }

    private DutyArchiveDocument() {
    }

    /** @param facts label and value pairs about the member */
    public static byte[] write(String title, List<List<String>> facts, List<Section> sections) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(title);
            XWPFParagraph heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            text(heading.createRun(), title, TITLE_FONT, 22, true);
            for (List<String> fact : facts) {
                XWPFParagraph line = document.createParagraph();
                text(line.createRun(), fact.get(0) + "：", BODY_FONT, 14, true);
                text(line.createRun(), fact.get(1), BODY_FONT, 14, false);
            }
            for (Section section : sections) {
                XWPFParagraph sub = document.createParagraph();
                text(sub.createRun(), section.heading(), TITLE_FONT, 16, true);
                table(document, section.rows());
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable table = document.createTable(rows.size(), rows.getFirst().size());
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < rows.get(r).size(); c++) {
                XWPFParagraph paragraph = row.getCell(c).getParagraphs().getFirst();
                text(paragraph.createRun(), rows.get(r).get(c), r == 0 ? TITLE_FONT : BODY_FONT, 12, r == 0);
            }
        }
    }

    private static void text(XWPFRun run, String value, String eastAsianFont, int points, boolean bold) {
        run.setText(value);
        run.setBold(bold);
        run.setFontSize(points);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsianFont, XWPFRun.FontCharRange.eastAsia);
        run.setLang("zh-CN");
    }
}
