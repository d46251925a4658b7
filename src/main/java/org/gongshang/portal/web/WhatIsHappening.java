package org.gongshang.portal.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationStatus;
import org.gongshang.consultation.Consultations;
import org.gongshang.deliberation.Deliberations;
import org.gongshang.outcome.RecommendationQuery;
import org.gongshang.outcome.Recommendations;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.shared.Zones;
import org.gongshang.topic.Campaigns;
import org.gongshang.topic.TopicQuery;
import org.gongshang.topic.Topics;
import org.springframework.stereotype.Component;

/**
 * The home page's "what is happening": where a resident can take part right now (open campaigns,
 * consultations about to be held or in session, online deliberations), the newest public topics
 * and what became of recommendations.
 * Only what each module already shows publicly; deliberations only to those signed in, as there.
 */
@Component
class WhatIsHappening {

    static final int SHOWN = 4;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Zones.platform());
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.platform());

    /** One line on the home page, already in words: the page only lays them out. */
    record Item(String href, String title, String when, String where, String status) {
    }

    private final Campaigns campaigns;
    private final Topics topics;
    private final Consultations consultations;
    private final Deliberations deliberations;
    private final Recommendations recommendations;
    private final Regions regions;
    private final Clock clock;

    WhatIsHappening(Campaigns campaigns, Topics topics, Consultations consultations, Deliberations deliberations,
            Recommendations recommendations, Regions regions, Clock clock) {
        this.campaigns = campaigns;
        this.topics = topics;
        this.consultations = consultations;
        this.deliberations = deliberations;
        this.recommendations = recommendations;
        this.regions = regions;
        this.clock = clock;
    }

    List<Item> openCampaigns() {
        return campaigns.list(null).stream().filter(campaigns::isOpen).limit(SHOWN)
                .map(c -> new Item("/campaigns/" + c.id(), c.theme(), DAY.format(c.endsAt().minusSeconds(1)),
                        regionName(c.regionCode()), "")).toList();
    }

    List<Item> newestTopics() {
        return topics.search(new TopicQuery(null, null, null, null, null, null, 0, SHOWN)).items().stream()
                .map(t -> new Item("/topics/" + t.id(), t.title(), DAY.format(t.submittedAt()), regionName(t.regionCode()),
                        t.status().name())).toList();
    }

    /** Those in session first, then the next ones to be held, soonest first. */
    List<Item> comingConsultations() {
        Instant now = clock.instant();
        Stream<Consultation> inSession = publicList(ConsultationStatus.IN_SESSION).stream();
        Stream<Consultation> coming = publicList(ConsultationStatus.SCHEDULED).stream()
                .filter(c -> !c.startsAt().isBefore(now)).sorted(Comparator.comparing(Consultation::startsAt));
        return Stream.concat(inSession, coming).limit(SHOWN)
                .map(c -> new Item("/consultations/" + c.id(), c.title(), MINUTE.format(c.startsAt()), regionName(c.regionCode()),
                        c.status().name())).toList();
    }

    /** The newest transfers first, with how far along they are: what consultations changed. */
    List<Item> recommendations() {
        return recommendations.list(new RecommendationQuery(RecommendationQuery.Scope.PUBLIC, null, null, null, null, false, 0, SHOWN),
                null).items().stream()
                .map(r -> new Item("/recommendations/" + r.id(), r.text(), r.progress() + "%", regionName(r.regionCode()),
                        r.status().name())).toList();
    }

    List<Item> openDeliberations() {
        return deliberations.open(SHOWN).stream()
                .map(d -> new Item("/deliberations/" + d.id(), d.question(), DAY.format(d.closesAt()), regionName(d.regionCode()),
                        "")).toList();
    }

    private List<Consultation> publicList(ConsultationStatus status) {
        // The list comes latest first; the most it gives, so that the soonest are among them.
        return consultations.list(Consultations.Scope.PUBLIC, status, null, null, 0, 100);
    }

    private String regionName(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }
}
