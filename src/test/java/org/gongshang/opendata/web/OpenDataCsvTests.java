package org.gongshang.opendata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.gongshang.opendata.DatasetColumn;
import org.gongshang.opendata.DatasetRows;
import org.gongshang.topic.TopicStatus;
import org.junit.jupiter.api.Test;

/** A dataset's CSV: header from the dictionary, values as the dictionary says, formulas made inert. */
class OpenDataCsvTests {

    static final List<DatasetColumn> COLUMNS = List.of(new DatasetColumn("id", "integer", "k"), new DatasetColumn("title", "text", "k"),
            new DatasetColumn("status", "code", "k"), new DatasetColumn("at", "date-time", "k"), new DatasetColumn("on", "date", "k"),
            new DatasetColumn("ids", "text", "k"));

    @Test
    void everyCellAFormulaWouldStartWithIsInertAndNumbersStayNumbers() {
        DatasetRows rows = new DatasetRows(List.of(
                Arrays.asList(-1, "=HYPERLINK(\"http://x\",\"点我\")", TopicStatus.ACCEPTED, Instant.parse("2026-12-01T02:00:00Z"),
                        LocalDate.of(2026, 12, 1), List.of(3L, 4L)),
                Arrays.asList(2, "+cmd|' /C calc'!A0", null, null, null, List.of()),
                Arrays.asList(3, "@SUM(1+1)", null, null, null, List.of()),
                Arrays.asList(4, "-2+3", null, null, null, List.of()),
                Arrays.asList(5, "\tTAB", null, null, null, List.of())), null);

        String csv = OpenDataPages.csv(COLUMNS, rows);

        assertThat(csv).startsWith("\uFEFFid,title,status,at,on,ids\r\n");
        assertThat(csv).contains("-1,\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",ACCEPTED,2026-12-01T02:00:00Z,2026-12-01,3;4");
        assertThat(csv).contains("2,'+cmd|' /C calc'!A0").contains("3,'@SUM(1+1)").contains("4,'-2+3").contains("5,'\tTAB");
        for (String line : csv.split("\r\n")) {
            String title = line.split(",", 2).length > 1 ? line.split(",", 2)[1] : "";
            assertThat(title).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("\"=");
        }
    }

    @Test
    void theLatestChangeIgnoresMissingTimes() {
        Instant earlier = Instant.parse("2026-01-01T00:00:00Z");
        Instant later = Instant.parse("2026-06-01T00:00:00Z");

        assertThat(DatasetRows.latest(DatasetRows.latest(DatasetRows.latest(null, earlier), null), later)).isEqualTo(later);
        assertThat(DatasetRows.latest(later, earlier)).isEqualTo(later);
        assertThat(DatasetRows.latest(null, null)).isNull();
    }
}
