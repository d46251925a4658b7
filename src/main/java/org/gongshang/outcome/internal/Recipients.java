package org.gongshang.outcome.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Role;
import org.gongshang.outcome.Recommendation;
import org.springframework.stereotype.Component;

/** Whom outcome messages go to: the accounts of the departments, and the staff who signed an item off. */
@Component("outcomeRecipients")
public class Recipients {

    private final Accounts accounts;

    Recipients(Accounts accounts) {
        this.accounts = accounts;
    }

    public List<Long> departments(Collection<Long> organizationIds) {
        return accounts.holders(Role.DEPARTMENT, organizationIds);
    }

    public List<Long> lead(Recommendation recommendation) {
        return recommendation.assignment() == null ? List.of()
                : departments(List.of(recommendation.assignment().leadOrganizationId()));
    }

    public List<Long> coHandlers(Recommendation recommendation) {
        return recommendation.assignment() == null ? List.of() : departments(recommendation.assignment().coOrganizationIds());
    }

    /** The staff leader who signed it off, else whoever entered it. */
    public List<Long> staff(Recommendation recommendation) {
        List<Long> ids = new ArrayList<>();
        if (recommendation.signedOffBy() != null) {
            ids.add(recommendation.signedOffBy());
        } else if (recommendation.createdBy() != null) {
            ids.add(recommendation.createdBy());
        }
        return ids;
    }
}
