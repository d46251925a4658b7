package org.gongshang.region;

import java.util.List;

/**
 * The outcome of a CSV import: either everything was applied ({@code problems} empty) or nothing.
 *
 * @param created regions added
 * @param renamed existing regions whose name changed
 * @param problems one entry per bad row and field; line 1 is the header
 */
public record RegionImportReport(int created, int renamed, List<RowProblem> problems) {

    public record RowProblem(long line, String code, String field, String messageKey, Object... args) {
    }

    public boolean applied() {
        return problems.isEmpty();
    }
}
