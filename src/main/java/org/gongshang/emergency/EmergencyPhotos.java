package org.gongshang.emergency;

import java.util.List;

import org.gongshang.emergency.internal.EmergencyAccess;
import org.gongshang.emergency.internal.EmergencyAggregate;
import org.gongshang.emergency.internal.EmergencyRepository;
import org.gongshang.emergency.internal.EventPhotos;
import org.gongshang.emergency.internal.EmergencyPhotoStore.Stage;
import org.gongshang.emergency.internal.ReporterStore;
import org.gongshang.identity.Actor;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * More photos after the fact: of the event, by its reporters and handlers while it is being handled;
 * of what was done, by its handlers once it is resolved.
 */
@Service
public class EmergencyPhotos {

    private final EmergencyRepository repository;
    private final EventPhotos photos;
    private final ReporterStore reporters;
    private final EmergencyAccess access;
    private final ApplicationEventPublisher events;

    EmergencyPhotos(EmergencyRepository repository, EventPhotos photos, ReporterStore reporters, EmergencyAccess access,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.photos = photos;
        this.reporters = reporters;
        this.access = access;
        this.events = events;
    }

    /**
     * @throws DomainException NOT_FOUND for someone who does not see it, FORBIDDEN for one who may not
     *     add, CONFLICT once merged or declined, INVALID for no, too many or unreadable pictures
     */
    @Transactional
    public Emergency add(long id, List<byte[]> files, Actor actor) {
        EmergencyAggregate emergency = repository.lock(id).orElseThrow(() -> DomainException.notFound("emergency.unknown", id));
        Emergency view = emergency.view();
        access.requireView(actor, view);
        Stage stage = switch (view.status()) {
            case REPORTED, OPEN -> Stage.REPORT;
            case RESOLVED, REVIEWED -> Stage.RESOLUTION;
            case MERGED, DECLINED -> throw DomainException.conflict("emergency.photo.closed");
        };
        boolean reporter = reporters.isReporter(id, actor.accountId());
        if (!access.mayHandle(actor, view) && !(reporter && stage == Stage.REPORT)) {
            throw DomainException.forbidden("emergency.photo.not-allowed");
        }
        if (files.stream().allMatch(file -> file.length == 0)) {
            throw DomainException.invalidField("photos", "emergency.photo.none");
        }
        photos.store(id, stage, photos.check(files, photos.count(id, stage)), actor.accountId());
        events.publishEvent(AuditRecord.of("emergency.photos-added", actor.accountId(), "emergency", id)
                .with("stage", stage).with("count", files.size()));
        return view;
    }
}
