package org.gongshang.member.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.consultation.ConsultationKind;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.ParticipantSuggestions;
import org.gongshang.consultation.SuggestedParticipant;
import org.gongshang.member.Expert;
import org.gongshang.member.Experts;
import org.gongshang.member.Members;
import org.gongshang.member.PresentMember;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.springframework.stereotype.Component;

/**
 * The link (衔接) from a grassroots or joint consultation to the members: those reporting to,
 * assigned to, or serving at a station covering its communities are suggested for the roster,
 * and so are the experts of the committee above it.
 */
@Component
class MemberSuggestions implements ParticipantSuggestions {

    /** A street or township may have dozens of communities; beyond this many suggestions a list helps nobody. */
    static final int MAX = 60;

    private final Members members;
    private final Experts experts;
    private final Regions regions;
    private final Organizations organizations;

    MemberSuggestions(Members members, Experts experts, Regions regions, Organizations organizations) {
        this.members = members;
        this.experts = experts;
        this.regions = regions;
        this.organizations = organizations;
    }

    @Override
    public List<SuggestedParticipant> suggestFor(ConsultationKind kind, List<String> regionCodes) {
        if (kind == ConsultationKind.CPPCC_MICRO) {
            return List.of();
        }
        Map<String, SuggestedParticipant> suggested = new LinkedHashMap<>();
        for (String community : communitiesOf(regionCodes)) {
            String place = regions.find(community).map(Region::name).orElse(community);
            for (PresentMember member : members.presentIn(community)) {
                suggested.putIfAbsent("a" + member.accountId(), new SuggestedParticipant(member.accountId(), member.name(),
                        ParticipantCategory.MEMBER, "member.suggestion." + member.presence().name(), place));
            }
        }
        for (Expert expert : expertsAbove(regionCodes)) {
            String key = expert.accountId() != null ? "a" + expert.accountId() : "n" + expert.name();
            suggested.putIfAbsent(key, new SuggestedParticipant(expert.accountId(), expert.name(), ParticipantCategory.EXPERT,
                    "member.suggestion.EXPERT", String.join("、", expert.expertise())));
        }
        return suggested.values().stream().limit(MAX).toList();
    }

    /** The communities of the consultation's places at community, street or township level; none for wider places. */
    List<String> communitiesOf(List<String> regionCodes) {
        List<String> communities = new ArrayList<>();
        for (String code : regionCodes) {
            regions.find(code).ifPresent(region -> {
                switch (region.level()) {
                    case COMMUNITY -> communities.add(region.code());
                    case GRID -> communities.add(region.parentCode());
                    case TOWNSHIP -> regions.below(region.code(), RegionLevel.COMMUNITY).forEach(c -> communities.add(c.code()));
                    case CITY, DISTRICT -> { }
                }
            });
        }
        return communities.stream().distinct().toList();
    }

    /** The experts of the CPPCC committees whose region contains the consultation's places. */
    private List<Expert> expertsAbove(List<String> regionCodes) {
        return regionCodes.stream().flatMap(code -> organizations.list(OrganizationType.CPPCC, null).stream()
                        .filter(o -> o.parentId() == null && regions.isWithin(code, o.regionCode())))
                .map(Organization::id).distinct().flatMap(committee -> experts.active(committee).stream()).toList();
    }
}
