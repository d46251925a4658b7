package org.gongshang.topic;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.web.PublicAddress;
import org.gongshang.shared.Text;
import org.gongshang.shared.Zones;
import org.gongshang.topic.internal.CampaignStore;
import org.gongshang.shared.image.QrCodes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Solicitation campaigns (征题活动): staff open them for their region; anyone reads them and scans their QR code. */
@Service
public class Campaigns {

    static final int THEME_MIN = 4;
    static final int THEME_MAX = 60;
    static final int DESCRIPTION_MAX = 2000;

    private final CampaignStore store;
    private final Actors actors;
    private final Regions regions;
    private final PublicAddress address;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Campaigns(CampaignStore store, Actors actors, Regions regions, PublicAddress address,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.actors = actors;
        this.regions = regions;
        this.address = address;
        this.events = events;
        this.clock = clock;
    }

    /** @throws DomainException INVALID for wrong input, FORBIDDEN outside the staff's region */
    @Transactional
    public Campaign open(NewCampaign campaign, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        String theme = campaign.theme() == null ? "" : campaign.theme().strip();
        if (theme.length() < THEME_MIN || theme.length() > THEME_MAX) {
            problems.add(new FieldProblem("theme", "topic.campaign.theme", THEME_MIN, THEME_MAX));
        }
        String description = campaign.description() == null ? "" : campaign.description().strip();
        if (description.length() > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "topic.campaign.description", DESCRIPTION_MAX));
        }
        String region = Text.blankToNull(campaign.regionCode());
        if (region == null || regions.find(region).isEmpty()) {
            problems.add(new FieldProblem("regionCode", "topic.region.unknown", region == null ? "" : region));
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        if (campaign.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "topic.campaign.starts-required"));
        }
        if (campaign.endsOn() == null) {
            problems.add(new FieldProblem("endsOn", "topic.campaign.ends-required"));
        } else if (campaign.endsOn().isBefore(today)
                || (campaign.startsOn() != null && campaign.endsOn().isBefore(campaign.startsOn()))) {
            problems.add(new FieldProblem("endsOn", "topic.campaign.ends-before"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        actors.requireIn(actor, region, Role.STAFF);
        Instant startsAt = campaign.startsOn().atStartOfDay(Zones.platform()).toInstant();
        Instant endsAt = campaign.endsOn().plusDays(1).atStartOfDay(Zones.platform()).toInstant();
        long id = store.insert(theme, description, region, startsAt, endsAt, actor.accountId());
        events.publishEvent(AuditRecord.of("topic.campaign-opened", actor.accountId(), "campaign", id).with("theme", theme));
        return get(id);
    }

    public Campaign get(long id) {
        return store.find(id).orElseThrow(() -> DomainException.notFound("topic.campaign.unknown", id));
    }

    /** Newest first, everywhere or within a region. */
    public List<Campaign> list(@Nullable String regionCode) {
        return store.list(regionCode == null ? null : List.copyOf(regions.codesWithin(regionCode)), 100);
    }

    public boolean isOpen(Campaign campaign) {
        return campaign.isOpenAt(clock.instant());
    }

    /** The address its QR code opens: the campaign page with the submission form. */
    public String link(long id) {
        return address.link("/campaigns/" + id);
    }

    /** 扫码征题: an SVG QR code of the campaign's page. */
    public String qrCode(long id) {
        get(id);
        return QrCodes.svg(link(id));
    }
}
