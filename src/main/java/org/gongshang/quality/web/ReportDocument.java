package org.gongshang.quality.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongshang.shared.web.Messages;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The quality report as a Word document, laid out like the platform's other official documents
 * (A4, 方正小标宋 title, 黑体 headings, 仿宋 text): a summary, then one table per indicator group with
 * value, target, score, weight, and the formula and evidence of each indicator.
 */
final class ReportDocument {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String HEADING_FONT = "黑体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String LATIN_FONT = "Times New Roman";
    /** Column widths in twentieths of a point: indicator, value, target, score, weight, formula and evidence. */
    private static final int[] WIDTHS = {2000, 1000, 1000, 800, 700, 3500};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private ReportDocument() {
    }

    static byte[] docx(ReportView report, String organization, Messages messages) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(document);
            var evaluation = report.evaluation();
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(120);
            text(title.createRun(), messages.get("quality.report.document-title", evaluation.title()), TITLE_FONT, 20, false);

            XWPFParagraph subtitle = document.createParagraph();
            subtitle.setAlignment(ParagraphAlignment.CENTER);
            subtitle.setSpacingAfter(240);
            text(subtitle.createRun(), organization + " · " + evaluation.year() + " · "
                    + messages.get("quality.status." + evaluation.status()), "楷体", 14, false);

            XWPFParagraph summary = document.createParagraph();
            summary.setIndentationFirstLine(2 * 14 * 20);
            text(summary.createRun(), evaluation.grade() == null
                    ? messages.get("quality.report.summary-none", evaluation.measured(), evaluation.indicators().size())
                    : messages.get("quality.report.summary", report.score(), messages.get("quality.grade." + evaluation.grade()),
                            evaluation.measured(), evaluation.indicators().size()), BODY_FONT, 14, false);

            int index = 0;
            for (ReportView.Group group : report.groups()) {
                XWPFParagraph heading = document.createParagraph();
                heading.setSpacingBefore(240);
                text(heading.createRun(), NUMERALS[index++ % NUMERALS.length] + "、"
                        + messages.get("quality.group." + group.group()) + messages.get("quality.report.group-score", group.score()),
                        HEADING_FONT, 15, false);
                table(document, group.rows(), messages);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, List<ReportView.Row> rows, Messages messages) {
        XWPFTable table = document.createTable(rows.size() + 1, WIDTHS.length);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(Arrays.stream(WIDTHS).sum()));
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout() ? table.getCTTbl().getTblPr().getTblLayout()
                : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : WIDTHS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        List<String> headings = List.of("indicator", "value", "target", "score", "weight", "basis");
        for (int column = 0; column < WIDTHS.length; column++) {
            cell(header.getCell(column), column, List.of(messages.get("quality.report.column." + headings.get(column))), true);
            header.getCell(column).setColor("E7E6E6");
        }
        for (int i = 0; i < rows.size(); i++) {
            ReportView.Row row = rows.get(i);
            XWPFTableRow line = table.getRow(i + 1);
            List<String> basis = new ArrayList<>();
            basis.add(row.formula());
            if (row.counts() != null) {
                basis.add(row.counts());
            }
            row.evidence().forEach(evidence -> basis.add("· " + evidence.text()));
            List<List<String>> values = List.of(List.of(row.name()), List.of(row.value()), List.of(row.target()),
                    List.of(row.score()), List.of(row.weight()), basis);
            for (int column = 0; column < WIDTHS.length; column++) {
                cell(line.getCell(column), column, values.get(column), false);
            }
        }
    }

    private static void cell(XWPFTableCell cell, int column, List<String> lines, boolean header) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(WIDTHS[column]));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph target = i == 0 ? paragraph : cell.addParagraph();
            target.setAlignment(header || column >= 1 && column <= 4 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            text(target.createRun(), lines.get(i), header ? HEADING_FONT : BODY_FONT, column == 5 && !header ? 9 : 11, false);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1200));
        margins.setRight(BigInteger.valueOf(1200));
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
