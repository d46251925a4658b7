package org.gongshang.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * The transfer (交办) of a recommendation: one lead department (主办) that handles and replies,
 * co-handling departments (协办) that send it their opinion, and the deadlines, all counted in
 * working days from the day of transfer.
 *
 * @param workingDays the handling period given at transfer
 * @param dueOn the reply is due on this day; moved by an approved extension or a re-handling
 * @param signDueOn the lead department signs for it (签收) by this day
 * @param disputeDueOn the lead department may dispute the assignment (退回) until this day
 * @param coOpinionDueOn co-handlers send their opinion by this day
 */
public record Assignment(long leadOrganizationId, List<Long> coOrganizationIds, LocalDate transferredOn, int workingDays,
        LocalDate dueOn, LocalDate signDueOn, LocalDate disputeDueOn, LocalDate coOpinionDueOn) {

    public Assignment {
        coOrganizationIds = List.copyOf(coOrganizationIds);
    }

    public Assignment withDueOn(LocalDate newDueOn) {
        return new Assignment(leadOrganizationId, coOrganizationIds, transferredOn, workingDays, newDueOn, signDueOn,
                disputeDueOn, coOpinionDueOn);
    }

    public boolean isCoHandler(long organizationId) {
        return coOrganizationIds.contains(organizationId);
    }
}
