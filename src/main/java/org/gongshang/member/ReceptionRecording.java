package org.gongshang.member;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.Communities;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.ReceptionAggregate;
import org.gongshang.member.internal.ReceptionAggregate.Personal;
import org.gongshang.member.internal.ReceptionRepository;
import org.gongshang.member.internal.RecordPhotoStore.Owner;
import org.gongshang.member.internal.RecordPhotos;
import org.gongshang.member.internal.VisitorData;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Rows;
import org.gongshang.shared.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reception records (接待记录): during a shift (or the rest of its day) the member on duty records
 * each visitor's matter and what was done; a matter handed to the community goes to its cadres
 * ({@link MatterHandedToCommunity}). Making it a topic is {@link RecordTopics}.
 */
@Service
public class ReceptionRecording {

    /** A record can be written up until this long after the shift ended. */
    static final Duration WRITE_UP = Duration.ofHours(12);

    private final ReceptionRepository repository;
    private final Members members;
    private final Rosters rosters;
    private final Stations stations;
    private final Communities communities;
    private final RecordPhotos photos;
    private final MemberAccess access;
    private final VisitorData visitors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReceptionRecording(ReceptionRepository repository, Members members, Rosters rosters, Stations stations, Communities communities,
            RecordPhotos photos, MemberAccess access, VisitorData visitors, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.members = members;
        this.rosters = rosters;
        this.stations = stations;
        this.communities = communities;
        this.photos = photos;
        this.access = access;
        this.visitors = visitors;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws DomainException FORBIDDEN for someone who is not a member, CONFLICT without a shift of
     *     the member begun today, INVALID with a problem per field
     */
    @Transactional
    public long record(NewReception reception, List<byte[]> photoContents, Actor actor) {
        Member me = members.mine(actor).orElseThrow(() -> DomainException.forbidden("member.not-a-member"));
        Shift shift = currentShift(me);
        Station station = stations.find(shift.stationId()).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        String community = reception.communityCode() != null ? reception.communityCode()
                : communities.of(station.regionCode()).map(region -> region.code()).orElse(null);
        communities.problem("communityCode", community, access.committee(station.committeeId()).regionCode()).ifPresent(problems::add);
        Personal personal = visitors.personal(reception.visitorName(), reception.visitorPhone(), problems);
        ReceptionAggregate saved = repository.save(ReceptionAggregate.record(shift.id(), station.id(), me.id(), reception, personal,
                community == null ? "" : community, Rows.now(clock), problems));
        photos.add(Owner.RECEPTION, saved.requireId(), photoContents);
        events.publishEvent(AuditRecord.of("member.reception-recorded", actor.accountId(), "member-reception", saved.requireId())
                .with("station", station.id()).with("outcome", saved.outcome()));
        events.publishEvent(new ReceptionRecorded(me.id(), saved.requireId(), station.name(), shift.day()));
        if (saved.outcome() == ReceptionOutcome.HANDED_TO_COMMUNITY) {
            events.publishEvent(new MatterHandedToCommunity(saved.requireId(), saved.communityCode(), station.name(), me.name()));
        }
        return saved.requireId();
    }

    /** The member's shift that has begun today and ended at most {@link #WRITE_UP} ago, the latest if several. */
    private Shift currentShift(Member me) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(Zones.platform()).toLocalDate();
        return rosters.ofMember(me.id(), today).stream()
                .filter(shift -> !shift.cancelled() && shift.day().equals(today) && !shift.startsAt().isAfter(now.plus(Duration.ofMinutes(30)))
                        && shift.endsAt().plus(WRITE_UP).isAfter(now))
                .max(Comparator.comparing(Shift::startsAt))
                .orElseThrow(() -> DomainException.conflict("member.reception.no-shift"));
    }
}
