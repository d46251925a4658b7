package org.gongshang.emergency.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.gongshang.emergency.Emergency;
import org.gongshang.emergency.EscalationLevel;
import org.gongshang.emergency.Place;
import org.gongshang.emergency.Severity;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Role;
import org.gongshang.member.Members;
import org.gongshang.member.PresentMember;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.region.Regions;
import org.springframework.stereotype.Component;

/**
 * The people responsible for a place, by level: the community's cadres (社区/村干部), the township's
 * office (街道办事处 / 乡镇人民政府 cadres), the district's CPPCC staff (its committee and liaison
 * groups in the township), the city's CPPCC staff; and the members present in the community.
 */
@Component
public class Responsible {

    private final Organizations organizations;
    private final Accounts accounts;
    private final Regions regions;
    private final Members members;

    Responsible(Organizations organizations, Accounts accounts, Regions regions, Members members) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.regions = regions;
        this.members = members;
    }

    /** Everyone told when an event is confirmed; the city's staff only for a major one. */
    public List<Long> onConfirmation(Emergency emergency) {
        Set<Long> everyone = new LinkedHashSet<>();
        everyone.addAll(communityCadres(emergency.place()));
        everyone.addAll(townshipOffice(emergency.place()));
        everyone.addAll(districtStaff(emergency.place()));
        everyone.addAll(membersPresent(emergency.place()));
        if (emergency.severity() == Severity.MAJOR) {
            everyone.addAll(cityStaff(emergency.place()));
        }
        return List.copyOf(everyone);
    }

    /** Those in charge at a level of escalation. */
    public List<Long> atLevel(EscalationLevel level, Place place) {
        return switch (level) {
            case COMMUNITY -> communityCadres(place);
            case TOWNSHIP -> townshipOffice(place);
            case DISTRICT -> districtStaff(place);
            case CITY -> cityStaff(place);
        };
    }

    public List<Long> communityCadres(Place place) {
        return holders(Role.CADRE, place.communityCode(),
                organization -> organization.type() == OrganizationType.COMMUNITY_COMMITTEE
                        || organization.type() == OrganizationType.VILLAGE_COMMITTEE);
    }

    public List<Long> townshipOffice(Place place) {
        return holders(Role.CADRE, place.townshipCode(),
                organization -> organization.type() == OrganizationType.STREET_OFFICE
                        || organization.type() == OrganizationType.TOWNSHIP);
    }

    /** The members reporting to the community, assigned to it, or serving at a station covering it. */
    public List<Long> membersPresent(Place place) {
        return members.presentIn(place.communityCode()).stream().map(PresentMember::accountId).distinct().toList();
    }

    /** The district committee's staff, and those of its liaison group in the township. */
    public List<Long> districtStaff(Place place) {
        List<Long> staff = new ArrayList<>(holders(Role.STAFF, place.districtCode(), Responsible::isCppcc));
        staff.addAll(holders(Role.STAFF, place.townshipCode(), Responsible::isCppcc));
        return staff.stream().distinct().toList();
    }

    public List<Long> cityStaff(Place place) {
        String city = regions.get(place.districtCode()).parentCode();
        return city == null ? List.of() : holders(Role.STAFF, city, Responsible::isCppcc);
    }

    private List<Long> holders(Role role, String regionCode, Predicate<Organization> kind) {
        List<Long> organizationIds = organizations.list(null, regionCode).stream()
                .filter(organization -> organization.regionCode().equals(regionCode)).filter(kind)
                .map(Organization::id).toList();
        return accounts.holders(role, organizationIds);
    }

    private static boolean isCppcc(Organization organization) {
        return organization.type() == OrganizationType.CPPCC;
    }
}
