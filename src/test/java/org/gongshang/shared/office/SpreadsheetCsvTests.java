package org.gongshang.shared.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** Text a spreadsheet would run gets a quote; numbers and harmless text stay; the importer undoes it exactly. */
class SpreadsheetCsvTests {

    @Test
    void everyFormulaStartIsQuotedAndNothingElse() {
        for (String formula : List.of("=1+1", "+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\",\"点我\")")) {
            assertThat(SpreadsheetCsv.protect(formula)).isEqualTo("'" + formula);
        }
        for (String harmless : List.of("", "加装电梯", "1+1", "a=b", " =1", "'", "'quoted", "''")) {
            assertThat(SpreadsheetCsv.protect(harmless)).isEqualTo(harmless);
        }
    }

    @Test
    void numbersStayNumbersAndOnlyTextIsQuoted() throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            SpreadsheetCsv.printRecord(printer, -1, -2.5, "=1+1", null, "好");
        }
        assertThat(out.toString()).isEqualTo("-1,-2.5,'=1+1,,好\n");
    }

    @Test
    void unprotectUndoesProtectExactlyAlsoForTextThatAlreadyBeganWithAQuote() {
        for (String text : List.of("=1", "'=1", "''=1", "'", "'a", "a", "", "-", "'-", "@", "''''''''''")) {
            assertThat(SpreadsheetCsv.unprotect(SpreadsheetCsv.protect(text))).as(text).isEqualTo(text);
        }
        assertThat(SpreadsheetCsv.protect("'=1")).isEqualTo("''=1");
        assertThat(SpreadsheetCsv.unprotect("'plain")).as("a quote nobody added stays").isEqualTo("'plain");
    }
}
