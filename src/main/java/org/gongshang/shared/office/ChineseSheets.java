package org.gongshang.shared.office;

import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fonts and cell styles for Excel exports in Chinese (the plan, survey results), made alike. */
public final class ChineseSheets {

    /** 宋体, the usual face of official documents. */
    public static final String FONT = "宋体";

    private ChineseSheets() {
    }

    public static XSSFFont font(XSSFWorkbook workbook, int points, boolean bold) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        // GB2312 tells Excel and WPS that the font is for Chinese text.
        font.setCharSet(FontCharset.GB2312.getNativeId());
        return font;
    }

    /** Vertically centred, wrapped text; with thin borders all round for table cells. */
    public static CellStyle style(XSSFWorkbook workbook, XSSFFont font, boolean bordered) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
