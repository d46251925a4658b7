package org.gongshang.plan.internal;

import static org.gongshang.shared.office.ChineseSheets.font;
import static org.gongshang.shared.office.ChineseSheets.style;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshang.plan.PlanItemView;
import org.gongshang.plan.PlanView;
import org.springframework.stereotype.Component;

/**
 * The plan as an Excel sheet: the title across the table, a header row frozen with it, columns
 * wide enough for Chinese text (which is twice as wide as Latin), borders, wrapped text, A4
 * landscape with the header repeated on each printed page.
 */
@Component
public class PlanWorkbook {

    /** Column widths in characters: Chinese characters count twice. */
    private static final int[] WIDTHS = {6, 44, 10, 16, 20, 32};

    private final ExportLabels labels;

    PlanWorkbook(ExportLabels labels) {
        this.labels = labels;
    }

    public byte[] write(PlanView plan) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(plan.title());
            XSSFSheet sheet = workbook.createSheet("协商选题计划");
            CellStyle titleStyle = style(workbook, font(workbook, 16, true), false);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle headerStyle = style(workbook, font(workbook, 11, true), true);
            headerStyle.setAlignment(HorizontalAlignment.CENTER);
            headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFFont body = font(workbook, 11, false);
            CellStyle textStyle = style(workbook, body, true);
            CellStyle centredStyle = style(workbook, body, true);
            centredStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle monthStyle = style(workbook, body, true);
            monthStyle.setAlignment(HorizontalAlignment.CENTER);
            // A number shown as "3月", so that the column sorts by month.
            monthStyle.setDataFormat(workbook.createDataFormat().getFormat("0\"月\""));

            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(32);
            cell(titleRow, 0, plan.title() + labels.subtitle(plan), titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, WIDTHS.length - 1));

            Row header = sheet.createRow(1);
            header.setHeightInPoints(22);
            for (int column = 0; column < WIDTHS.length; column++) {
                cell(header, column, ExportLabels.COLUMNS.get(column), headerStyle);
                sheet.setColumnWidth(column, WIDTHS[column] * 256);
            }
            List<PlanItemView> items = plan.items();
            for (int index = 0; index < items.size(); index++) {
                PlanItemView item = items.get(index);
                Row row = sheet.createRow(index + 2);
                Cell number = row.createCell(0);
                number.setCellValue(index + 1);
                number.setCellStyle(centredStyle);
                cell(row, 1, item.topicTitle(), textStyle);
                Cell month = row.createCell(2);
                month.setCellValue(item.month());
                month.setCellStyle(monthStyle);
                cell(row, 3, labels.form(item), centredStyle);
                cell(row, 4, ExportLabels.leads(item), textStyle);
                cell(row, 5, ExportLabels.departments(item), textStyle);
            }
            sheet.createFreezePane(0, 2);
            if (!items.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(1, items.size() + 1, 0, WIDTHS.length - 1));
            }
            sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }


}
