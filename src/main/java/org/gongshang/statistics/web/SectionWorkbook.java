package org.gongshang.statistics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshang.shared.office.ChineseSheets;

/**
 * A section's table as an Excel workbook: a title row naming the period and region, the headings,
 * one row per line with its total. Only the counts the page shows; no personal data.
 */
final class SectionWorkbook {

    private SectionWorkbook() {
    }

    static byte[] write(SectionView section, String scope, String totalHeading) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(section.title());
            CellStyle title = ChineseSheets.style(workbook, ChineseSheets.font(workbook, 14, true), false);
            CellStyle header = ChineseSheets.style(workbook, ChineseSheets.font(workbook, 11, true), true);
            CellStyle text = ChineseSheets.style(workbook, ChineseSheets.font(workbook, 11, false), true);
            XSSFSheet sheet = workbook.createSheet(sheetName(section.title()));
            sheet.setColumnWidth(0, 24 * 256);
            sheet.createRow(0).createCell(0).setCellValue(section.title() + "（" + scope + "）");
            sheet.getRow(0).getCell(0).setCellStyle(title);
            Row head = sheet.createRow(2);
            cell(head, 0, section.rowHeading(), header);
            for (int c = 0; c < section.columns().size(); c++) {
                cell(head, c + 1, section.columns().get(c), header);
                sheet.setColumnWidth(c + 1, 14 * 256);
            }
            cell(head, section.columns().size() + 1, totalHeading, header);
            int r = 3;
            for (SectionView.Line line : section.lines()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, line.label(), text);
                for (int c = 0; c < line.values().size(); c++) {
                    row.createCell(c + 1).setCellValue(line.values().get(c));
                    row.getCell(c + 1).setCellStyle(text);
                }
                row.createCell(line.values().size() + 1).setCellValue(line.total());
                row.getCell(line.values().size() + 1).setCellStyle(text);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Region names and titles are typed by people: a cell that starts like a formula is still text. */
    private static void cell(Row row, int column, String value, CellStyle style) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style);
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    private static String sheetName(String title) {
        String cleaned = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
