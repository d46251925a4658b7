package org.gongshang.plan.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongshang.plan.PlanItemView;
import org.gongshang.plan.PlanView;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.springframework.stereotype.Component;

/**
 * The plan as a Word document laid out like a 公文 attachment: A4 with the usual margins, the title
 * in 宋体 二号 bold, the table in 仿宋 小四 with a header row repeated on each page. East Asian fonts
 * are set as {@code rFonts eastAsia} so that Word and WPS use them for Chinese text, and Latin
 * text stays in Times New Roman.
 */
@Component
public class PlanWordDocument {

    // A4 in twentieths of a point, and margins of 37/35/28/26 mm as GB/T 9704 lays out 公文.
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int TOP = 2098;
    private static final int BOTTOM = 1984;
    private static final int LEFT = 1588;
    private static final int RIGHT = 1474;
    /** Column widths in twips, adding up to the text width (A4 less the margins). */
    private static final int[] WIDTHS = {700, 3044, 1000, 1300, 1400, 1400};

    private static final String TITLE_FONT = "宋体";
    private static final String BODY_FONT = "仿宋";
    private static final String LATIN_FONT = "Times New Roman";

    private final ExportLabels labels;

    PlanWordDocument(ExportLabels labels) {
        this.labels = labels;
    }

    public byte[] write(PlanView plan) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(plan.title());
            pageSetup(document);
            defaultFonts(document);

            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(120);
            text(title.createRun(), plan.title(), TITLE_FONT, 22, true);

            XWPFParagraph subtitle = document.createParagraph();
            subtitle.setAlignment(ParagraphAlignment.CENTER);
            subtitle.setSpacingAfter(240);
            text(subtitle.createRun(), labels.subtitle(plan), "楷体", 14, false);

            table(document, plan.items());

            XWPFParagraph total = document.createParagraph();
            total.setSpacingBefore(200);
            text(total.createRun(), "共 " + plan.items().size() + " 项。", BODY_FONT, 12, false);

            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(XWPFDocument document, List<PlanItemView> items) {
        XWPFTable table = document.createTable(items.size() + 1, WIDTHS.length);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(java.util.Arrays.stream(WIDTHS).sum()));
        table.setTableAlignment(org.apache.poi.xwpf.usermodel.TableRowAlign.CENTER);
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
        header.setCantSplitRow(true);
        for (int column = 0; column < WIDTHS.length; column++) {
            cell(header.getCell(column), column, ExportLabels.COLUMNS.get(column), true);
            header.getCell(column).setColor("E7E6E6");
        }
        for (int index = 0; index < items.size(); index++) {
            PlanItemView item = items.get(index);
            XWPFTableRow row = table.getRow(index + 1);
            row.setCantSplitRow(true);
            List<String> values = List.of(String.valueOf(index + 1), item.topicTitle(), ExportLabels.month(item),
                    labels.form(item), ExportLabels.leads(item), ExportLabels.departments(item));
            for (int column = 0; column < WIDTHS.length; column++) {
                cell(row.getCell(column), column, values.get(column), false);
            }
        }
    }

    private static void cell(XWPFTableCell cell, int column, String value, boolean header) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(WIDTHS[column]));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        // The topic and the departments read better flush left; short columns centred.
        paragraph.setAlignment(header || (column != 1 && column != 5) ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        text(paragraph.createRun(), value, header ? TITLE_FONT : BODY_FONT, header ? 12 : 12, header);
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

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
    }

    /** Document defaults, for text that Word adds later: 仿宋 for Chinese, Times New Roman otherwise. */
    private static void defaultFonts(XWPFDocument document) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(BODY_FONT);
        fonts.setCs(LATIN_FONT);
        var styles = document.createStyles();
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
    }
}
