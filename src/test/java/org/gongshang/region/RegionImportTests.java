package org.gongshang.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.gongshang.region.RegionImportReport.RowProblem;
import org.gongshang.shared.DomainException;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CSV import of regions, all rows or none; each test works below its own township of 大竹县 (511724). */
@GongshangTest
class RegionImportTests {

    static final String HEADER = "code,name,level,parentCode\n";

    @Autowired
    RegionImport regionImport;

    @Autowired
    Regions regions;

    @Autowired
    RegionMaintenance maintenance;

    @Test
    void aGoodFileCreatesEveryRowEvenWhenChildrenComeBeforeTheirParents() {
        RegionImportReport report = importCsv(HEADER + """
                511724001001,白塔社区,COMMUNITY,511724001000
                511724001000,白塔街道,TOWNSHIP,511724
                511724001001001,白塔社区第一网格,GRID,511724001001
                """);

        assertThat(report.applied()).isTrue();
        assertThat(report.created()).isEqualTo(3);
        assertThat(regions.get("511724001001001").level()).isEqualTo(RegionLevel.GRID);
        assertThat(regions.lineage("511724001001001")).extracting(Region::code)
                .containsExactly("511700", "511724", "511724001000", "511724001001", "511724001001001");
    }

    @Test
    void oneBadRowMeansNothingIsImported() {
        RegionImportReport report = importCsv(HEADER + """
                511724002000,东柳街道,TOWNSHIP,511724
                511724002001,东柳社区,COMMUNITY,511724002000
                511724002002,醒狮社区,COMMUNITY,511799002000
                """);

        assertThat(report.applied()).isFalse();
        assertThat(report.created()).isZero();
        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "parentCode", "region.parent.unknown"));
        assertThat(regions.find("511724002000")).isEmpty();
        assertThat(regions.find("511724002001")).isEmpty();
    }

    @Test
    void aDuplicateCodeIsReportedWithTheLineItFirstAppearedOn() {
        RegionImportReport report = importCsv(HEADER + """
                511724003000,竹阳街道,TOWNSHIP,511724
                511724003000,竹阳镇,TOWNSHIP,511724
                """);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.messageKey()).isEqualTo("region.import.duplicate");
            assertThat(problem.args()).containsExactly(2L);
        });
        assertThat(regions.find("511724003000")).isEmpty();
    }

    @Test
    void anUnknownParentIsReported() {
        RegionImportReport report = importCsv(HEADER + "511724004000,观音镇,TOWNSHIP,511798\n");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("parentCode");
            assertThat(problem.messageKey()).isEqualTo("region.parent.unknown");
        });
    }

    @Test
    void aLevelThatSkipsOneBelowItsParentIsReported() {
        RegionImportReport report = importCsv(HEADER + "511724005001,庙坝社区,COMMUNITY,511724\n");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("level");
            assertThat(problem.messageKey()).isEqualTo("region.level.order");
            assertThat(problem.args()).containsExactly("TOWNSHIP");
        });
        assertThat(regions.find("511724005001")).isEmpty();
    }

    @Test
    void aCodeThatDoesNotStartWithItsParentsDigitsIsReported() {
        RegionImportReport report = importCsv(HEADER + "511725006000,石河镇,TOWNSHIP,511724\n");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("code");
            assertThat(problem.messageKey()).isEqualTo("region.code.prefix");
            assertThat(problem.args()).containsExactly("511724");
        });
    }

    @Test
    void anUnknownLevelIsReported() {
        RegionImportReport report = importCsv(HEADER + "511724007000,石子镇,VILLAGE,511724\n");

        assertThat(report.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("region.level.unknown"));
    }

    @Test
    void aByteOrderMarkFromASpreadsheetIsIgnored() {
        RegionImportReport report = importCsv("\uFEFF" + HEADER + "511724008000,清河镇,TOWNSHIP,511724\n");

        assertThat(report.applied()).isTrue();
        assertThat(regions.get("511724008000").name()).isEqualTo("清河镇");
    }

    @Test
    void aWrongHeaderIsRefusedAsAProblemOfTheFile() {
        assertThatThrownBy(() -> importCsv("code,name,parent\n511724009000,高明镇,511724\n"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("region.import.header");
                    assertThat(e.fieldProblems()).extracting(DomainException.FieldProblem::field).containsExactly("file");
                });
        assertThat(regions.find("511724009000")).isEmpty();
    }

    @Test
    void aFileWithOnlyTheHeaderIsRefused() {
        assertThatThrownBy(() -> importCsv(HEADER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("region.import.empty"));
    }

    @Test
    void existingCodesAreRenamedAndCounted() {
        maintenance.add(new NewRegion("511724010000", "周家镇", RegionLevel.TOWNSHIP, "511724"), null);

        RegionImportReport report = importCsv(HEADER + """
                511724010000,周家镇（更名）,TOWNSHIP,511724
                511724010001,周家社区,COMMUNITY,511724010000
                """);

        assertThat(report.applied()).isTrue();
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.renamed()).isEqualTo(1);
        assertThat(regions.get("511724010000").name()).isEqualTo("周家镇（更名）");
    }

    @Test
    void anExistingCodeWithAnotherParentIsAConflictNotAMove() {
        RegionImportReport report = importCsv(HEADER + "511702001000,东城街道,TOWNSHIP,511724\n");

        assertThat(report.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("region.import.conflict"));
        assertThat(regions.get("511702001000").parentCode()).isEqualTo("511702");
    }

    private RegionImportReport importCsv(String csv) {
        return regionImport.importCsv(new StringReader(csv), null);
    }
}
