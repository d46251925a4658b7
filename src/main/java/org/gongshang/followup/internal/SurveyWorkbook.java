package org.gongshang.followup.internal;

import static org.gongshang.shared.office.ChineseSheets.font;
import static org.gongshang.shared.office.ChineseSheets.style;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshang.followup.Answer;
import org.gongshang.followup.Choice;
import org.gongshang.followup.Question;
import org.gongshang.followup.QuestionKind;
import org.gongshang.followup.QuestionResult;
import org.gongshang.followup.Survey;
import org.gongshang.followup.SurveyResponse;
import org.gongshang.followup.SurveyResults;
import org.gongshang.shared.Zones;
import org.springframework.stereotype.Component;

/**
 * A survey's results as an Excel workbook: sheet 汇总 with the counts and shares per question, the
 * average and distribution of ratings; sheet 原始答卷 with one row per response and one column per
 * question. Exports are official documents and so in Chinese, as the plan's. An anonymous survey's
 * raw sheet has a running number and the answers — no name, no account, no time.
 */
@Component
public class SurveyWorkbook {

    public static final String SUMMARY = "汇总";
    public static final String RAW = "原始答卷";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.platform());
    private static final Map<QuestionKind, String> KINDS = Map.of(QuestionKind.SINGLE_CHOICE, "单选",
            QuestionKind.MULTIPLE_CHOICE, "多选", QuestionKind.RATING, "评分（1–5）", QuestionKind.FREE_TEXT, "填空");

    public byte[] write(Survey survey, SurveyResults results, List<SurveyResponse> responses) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(survey.title());
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet(SUMMARY), survey, results, styles);
            raw(workbook.createSheet(RAW), survey, responses, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(XSSFSheet sheet, Survey survey, SurveyResults results, Styles styles) {
        sheet.setColumnWidth(0, 48 * 256);
        sheet.setColumnWidth(1, 12 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        int r = 0;
        cell(sheet.createRow(r++), 0, survey.title(), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
        Row counts = sheet.createRow(r++);
        cell(counts, 0, (survey.anonymous() ? "匿名问卷" : "实名问卷") + "，答卷数", styles.text);
        number(counts, 1, results.responses(), styles.number);
        for (QuestionResult question : results.questions()) {
            r++;
            Row head = sheet.createRow(r++);
            cell(head, 0, question.position() + ". " + question.text() + "（" + KINDS.get(question.kind()) + "）", styles.header);
            cell(head, 1, "人数", styles.header);
            cell(head, 2, "比例", styles.header);
            switch (question.kind()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    for (QuestionResult.ChoiceCount choice : question.choices()) {
                        r = share(sheet, r, choice.text(), choice.count(), choice.percent(), styles);
                    }
                }
                case RATING -> {
                    for (QuestionResult.RatingCount rating : question.ratings()) {
                        r = share(sheet, r, rating.rating() + " 分", rating.count(), rating.percent(), styles);
                    }
                    Row average = sheet.createRow(r++);
                    cell(average, 0, "平均分", styles.text);
                    if (question.ratingAverage() != null) {
                        Cell value = average.createCell(1);
                        value.setCellValue(question.ratingAverage());
                        value.setCellStyle(styles.decimal);
                    }
                }
                case FREE_TEXT -> {
                    Row texts = sheet.createRow(r++);
                    cell(texts, 0, "填写人数（内容见“" + RAW + "”）", styles.text);
                    number(texts, 1, question.answered(), styles.number);
                }
            }
            Row answered = sheet.createRow(r++);
            cell(answered, 0, "作答人数", styles.text);
            number(answered, 1, question.answered(), styles.number);
        }
    }

    private static int share(XSSFSheet sheet, int r, String label, int count, double percent, Styles styles) {
        Row row = sheet.createRow(r);
        cell(row, 0, label, styles.text);
        number(row, 1, count, styles.number);
        Cell share = row.createCell(2);
        share.setCellValue(percent / 100.0);
        share.setCellStyle(styles.percent);
        return r + 1;
    }

    private static void raw(XSSFSheet sheet, Survey survey, List<SurveyResponse> responses, Styles styles) {
        List<String> headers = new ArrayList<>(List.of("序号"));
        if (!survey.anonymous()) {
            headers.addAll(List.of("姓名", "提交时间"));
        }
        int first = headers.size();
        survey.questions().forEach(q -> headers.add(q.position() + ". " + q.text()));
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            cell(head, c, headers.get(c), styles.header);
            sheet.setColumnWidth(c, (c < first ? (c == 0 ? 6 : 18) : 30) * 256);
        }
        int r = 1;
        for (SurveyResponse response : responses) {
            Row row = sheet.createRow(r);
            number(row, 0, r, styles.number);
            if (!survey.anonymous()) {
                cell(row, 1, response.respondentName() == null ? "" : response.respondentName(), styles.text);
                cell(row, 2, response.submittedAt() == null ? "" : WHEN.format(response.submittedAt()), styles.text);
            }
            for (int q = 0; q < survey.questions().size(); q++) {
                Question question = survey.questions().get(q);
                Answer answer = response.answerTo(question.id()).orElse(null);
                if (answer == null) {
                    cell(row, first + q, "", styles.text);
                } else if (question.kind() == QuestionKind.RATING && answer.rating() != null) {
                    number(row, first + q, answer.rating(), styles.number);
                } else if (question.kind().hasChoices()) {
                    cell(row, first + q, question.choices().stream().filter(c -> answer.chosen().contains(c.id()))
                            .map(Choice::text).collect(Collectors.joining("；")), styles.text);
                } else {
                    cell(row, first + q, answer.text() == null ? "" : answer.text(), styles.text);
                }
            }
            r++;
        }
        sheet.createFreezePane(first, 1);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The few styles of the workbook, made once: a workbook holds at most 64,000 of them. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle decimal;
        final CellStyle percent;

        Styles(XSSFWorkbook workbook) {
            title = style(workbook, font(workbook, 14, true), false);
            header = style(workbook, font(workbook, 11, true), true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFFont body = font(workbook, 11, false);
            text = style(workbook, body, true);
            number = style(workbook, body, true);
            decimal = style(workbook, body, true);
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            percent = style(workbook, body, true);
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        }


    }
}
