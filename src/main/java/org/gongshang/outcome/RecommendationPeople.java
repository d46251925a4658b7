package org.gongshang.outcome;

import java.util.List;

/**
 * The people a recommendation concerns, as account ids: who raised its topics, who took part in the
 * consultation it came from, who may rate it, and who handles it. For follow-up (questionnaires,
 * return visits) and notifications; names come from the identity module.
 *
 * @param submitters who submitted the topics it came from
 * @param coSigners who co-signed (附议) those topics, without the submitters
 * @param participants the consultation's attendees with an account (members included)
 * @param raters who may rate its replies (满意度测评): submitters, co-signers and participants, not its handlers
 * @param leadDepartment accounts of the lead department (主办)
 * @param coHandlers accounts of the co-handling departments (协办)
 */
public record RecommendationPeople(long recommendationId, List<Long> submitters, List<Long> coSigners,
        List<Long> participants, List<Long> raters, List<Long> leadDepartment, List<Long> coHandlers) {

    public RecommendationPeople {
        submitters = List.copyOf(submitters);
        coSigners = List.copyOf(coSigners);
        participants = List.copyOf(participants);
        raters = List.copyOf(raters);
        leadDepartment = List.copyOf(leadDepartment);
        coHandlers = List.copyOf(coHandlers);
    }
}
