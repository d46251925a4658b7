package org.gongshang.member;

import java.util.List;

/**
 * The outcome of a CSV import of members: either every row was applied ({@code problems} empty) or none.
 *
 * @param opened members for whom a new account was opened (they set a password through "forgot password" with their phone)
 * @param linked members registered on an existing account
 * @param problems one entry per bad row and field; line 1 is the header
 */
public record MemberImportReport(int opened, int linked, List<RowProblem> problems) {

    public MemberImportReport {
        problems = List.copyOf(problems);
    }

    public record RowProblem(long line, String username, String field, String messageKey, Object... args) {
    }

    public boolean applied() {
        return problems.isEmpty();
    }
}
