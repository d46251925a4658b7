package org.gongshang.consultation;

import java.util.ArrayList;
import java.util.List;

import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.springframework.stereotype.Component;

/** Where a consultation happens for the people to tell or suggest: the organiser's region and its partners'. */
@Component
public class ConsultationPlaces {

    private final Organizations organizations;

    ConsultationPlaces(Organizations organizations) {
        this.organizations = organizations;
    }

    public List<String> regionCodes(Consultation consultation) {
        List<String> codes = new ArrayList<>(List.of(consultation.regionCode()));
        consultation.partnerOrganizationIds().forEach(partner -> organizations.find(partner)
                .map(Organization::regionCode).filter(code -> !codes.contains(code)).ifPresent(codes::add));
        return codes;
    }
}
