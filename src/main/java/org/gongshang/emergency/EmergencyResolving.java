package org.gongshang.emergency;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gongshang.emergency.internal.Alerts;
import org.gongshang.emergency.internal.EmergencyAccess;
import org.gongshang.emergency.internal.EmergencyAggregate;
import org.gongshang.emergency.internal.EmergencyInput;
import org.gongshang.emergency.internal.EmergencyPhotoStore.Stage;
import org.gongshang.emergency.internal.EmergencyRepository;
import org.gongshang.emergency.internal.EmergencyTexts;
import org.gongshang.emergency.internal.EventPhotos;
import org.gongshang.emergency.internal.ReporterStore;
import org.gongshang.emergency.internal.StepStore;
import org.gongshang.identity.Actor;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.gongshang.shared.image.SanitizedImage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling a confirmed event: the first response (首次响应, what the target counts) and later notes,
 * then the resolution — what was done, by whom, when, with photos — after which the reporters are
 * told and may rate it, and the event appears on the public list.
 */
@Service
public class EmergencyResolving {

    public static final int MAX_NOTE = 500;

    private final EmergencyRepository repository;
    private final ReporterStore reporters;
    private final StepStore steps;
    private final EventPhotos photos;
    private final EmergencyAccess access;
    private final Alerts alerts;
    private final EmergencyTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmergencyResolving(EmergencyRepository repository, ReporterStore reporters, StepStore steps, EventPhotos photos,
            EmergencyAccess access, Alerts alerts, EmergencyTexts texts, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.reporters = reporters;
        this.steps = steps;
        this.photos = photos;
        this.access = access;
        this.alerts = alerts;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Someone responsible is on it, saying what they do; the first such note is the first response.
     *
     * @throws DomainException INVALID at {@code note}, CONFLICT unless the event is open, NOT_FOUND/FORBIDDEN by access
     */
    @Transactional
    public Emergency respond(long id, String note, Actor actor) {
        EmergencyAggregate emergency = handled(id, actor);
        String said = EmergencyInput.requiredText(note, MAX_NOTE, "note", "emergency.respond.note");
        Instant now = Rows.now(clock);
        Emergency view = repository.save(emergency.respond(now)).view();
        steps.add(id, StepKind.RESPONDED, now, actor.accountId(), said, null);
        events.publishEvent(AuditRecord.of("emergency.responded", actor.accountId(), "emergency", id));
        return view;
    }

    /**
     * @param pictures photos of what was done, as uploaded (checked and re-encoded here)
     * @throws DomainException INVALID with the problems of the resolution, CONFLICT unless the event is open
     */
    @Transactional
    public Emergency resolve(long id, NewResolution done, List<byte[]> pictures, Actor actor) {
        EmergencyAggregate emergency = handled(id, actor);
        Instant now = Rows.now(clock);
        List<SanitizedImage> checked = photos.check(pictures, photos.count(id, Stage.RESOLUTION));
        EmergencyAggregate resolved = repository.save(emergency.resolve(
                new Resolution(done.summary(), done.handledBy(), done.doneAt() == null ? now : done.doneAt(), actor.accountId()),
                now));
        photos.store(id, Stage.RESOLUTION, checked, actor.accountId());
        Emergency view = resolved.view();
        steps.add(id, StepKind.RESOLVED, now, actor.accountId(), view.resolution() == null ? null : view.resolution().handledBy(),
                null);
        alerts.resolved(view, reporters.of(id).stream().map(ReporterStore.Reporter::accountId).toList());
        texts.index(resolved);
        events.publishEvent(AuditRecord.of("emergency.resolved", actor.accountId(), "emergency", id)
                .with("photos", checked.size()));
        return view;
    }

    private EmergencyAggregate handled(long id, Actor actor) {
        EmergencyAggregate emergency = repository.lock(id).orElseThrow(() -> DomainException.notFound("emergency.unknown", id));
        access.requireHandler(actor, emergency.view());
        return emergency;
    }
}
