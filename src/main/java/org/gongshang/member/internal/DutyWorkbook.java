package org.gongshang.member.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshang.member.DutyActivity;
import org.gongshang.member.RankingRow;
import org.gongshang.shared.office.ChineseSheets;

/**
 * A committee's year as an Excel sheet: one row per member in ranking order, the records of each
 * activity, the points (capped) and the minimums missed. Written streaming (a few rows in memory),
 * so that thousands of members take seconds, not memory.
 */
public final class DutyWorkbook {

    /** What a row shows beyond the ranking: records per activity and the minimums missed, in words. */
    public record Extra(Map<DutyActivity, Integer> records, String missing) {
    }

    private DutyWorkbook() {
    }

    /**
     * @param headers the title, then the column headings: rank, name, sector, each activity, points, missing
     */
    public static byte[] write(String title, List<String> headers, List<DutyActivity> activities, List<RankingRow> rows,
            Map<Long, Extra> extras) {
        XSSFWorkbook base = new XSSFWorkbook();
        CellStyle titleStyle = ChineseSheets.style(base, ChineseSheets.font(base, 16, true), false);
        CellStyle headerStyle = ChineseSheets.style(base, ChineseSheets.font(base, 11, true), true);
        CellStyle bodyStyle = ChineseSheets.style(base, ChineseSheets.font(base, 11, false), true);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(base, 200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(title.length() > 31 ? title.substring(0, 31) : title);
            text(sheet.createRow(0), 0, title, titleStyle);
            Row header = sheet.createRow(1);
            for (int i = 0; i < headers.size(); i++) {
                text(header, i, headers.get(i), headerStyle);
            }
            int line = 2;
            for (RankingRow row : rows) {
                Row cells = sheet.createRow(line++);
                Extra extra = extras.getOrDefault(row.memberId(), new Extra(Map.of(), ""));
                number(cells, 0, row.rank(), bodyStyle);
                text(cells, 1, row.name(), bodyStyle);
                text(cells, 2, row.sectorName(), bodyStyle);
                int column = 3;
                for (DutyActivity activity : activities) {
                    number(cells, column++, extra.records().getOrDefault(activity, 0), bodyStyle);
                }
                number(cells, column++, row.points(), bodyStyle);
                text(cells, column, extra.missing(), bodyStyle);
            }
            sheet.setColumnWidth(1, 12 * 256);
            sheet.setColumnWidth(2, 20 * 256);
            sheet.setColumnWidth(headers.size() - 1, 40 * 256);
            sheet.createFreezePane(3, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
