package org.gongshang.member.internal;

import java.util.List;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Role;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.springframework.stereotype.Component;

/** The cadres of a community's residents' or villagers' committee: who confirms reports and takes matters handed over. */
@Component
public class CommunityCadres {

    private final Organizations organizations;
    private final Accounts accounts;

    CommunityCadres(Organizations organizations, Accounts accounts) {
        this.organizations = organizations;
        this.accounts = accounts;
    }

    public List<Long> of(String communityCode) {
        List<Long> committees = organizations.list(null, communityCode).stream()
                .filter(o -> o.regionCode().equals(communityCode))
                .filter(o -> o.type() == OrganizationType.COMMUNITY_COMMITTEE || o.type() == OrganizationType.VILLAGE_COMMITTEE)
                .map(Organization::id).toList();
        return accounts.holders(Role.CADRE, committees);
    }
}
