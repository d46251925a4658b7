package org.gongshang.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.gongshang.consultation.internal.Moments;
import org.gongshang.consultation.internal.ConsensusStore;
import org.gongshang.consultation.internal.ConsultationAccess;
import org.gongshang.consultation.internal.ConsultationStore;
import org.gongshang.consultation.internal.MinutesAssembler;
import org.gongshang.consultation.internal.MinutesDocument;
import org.gongshang.consultation.internal.MinutesStore;
import org.gongshang.consultation.internal.ParticipantStore;
import org.gongshang.identity.Actor;
import org.gongshang.region.Organizations;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes (协商纪要): assembled when the session concludes, edited, finalised within the
 * configured working days; a final version never changes and a correction is a new version.
 * Exported as a Word document; public once final for open consultations.
 */
@Service
public class ConsultationMinutes {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 100_000;

    private final MinutesStore store;
    private final ConsultationStore consultations;
    private final ParticipantStore participants;
    private final ConsensusStore consensus;
    private final ConsultationAccess access;
    private final MinutesAssembler assembler;
    private final MinutesDocument document;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsultationMinutes(MinutesStore store, ConsultationStore consultations, ParticipantStore participants,
            ConsensusStore consensus, ConsultationAccess access, MinutesAssembler assembler, MinutesDocument document,
            Organizations organizations, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.consultations = consultations;
        this.participants = participants;
        this.consensus = consensus;
        this.access = access;
        this.assembler = assembler;
        this.document = document;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** All versions, newest first; organisers and participants. */
    public List<Minutes> versions(long consultationId, Actor actor) {
        Consultation consultation = consultation(consultationId);
        if (!access.mayRun(actor, consultation) && !access.isParticipant(actor, consultation)) {
            access.requireOrganiser(actor, consultation);
        }
        return store.versions(consultationId);
    }

    /** The version people should read: the newest final one, else the draft. */
    public Optional<Minutes> current(long consultationId, Actor actor) {
        List<Minutes> versions = versions(consultationId, actor);
        return versions.stream().filter(Minutes::isFinal).findFirst().or(() -> versions.stream().findFirst());
    }

    /** The newest final version, for anyone who may see the consultation; for other modules too. */
    public Optional<Minutes> latestFinal(long consultationId) {
        return store.versions(consultationId).stream().filter(Minutes::isFinal).findFirst();
    }

    /** The public summary: the final minutes of an open consultation. */
    public Optional<Minutes> publicSummary(long consultationId) {
        return consultations.find(consultationId).filter(Consultation::openToPublic).flatMap(c -> latestFinal(consultationId));
    }

    public Optional<Minutes> draft(long consultationId) {
        return store.versions(consultationId).stream().filter(m -> !m.isFinal()).findFirst();
    }

    /** @throws DomainException CONFLICT for a final version: it never changes */
    @Transactional
    public Minutes edit(long consultationId, long minutesId, @Nullable String title, @Nullable String body, Actor actor) {
        access.requireOrganiser(actor, locked(consultationId));
        Minutes minutes = minutesOf(consultationId, minutesId);
        String cleanTitle = Text.blankToNull(title);
        if (cleanTitle == null || cleanTitle.length() > MAX_TITLE) {
            throw DomainException.invalidField("title", "consultation.minutes.title-invalid", MAX_TITLE);
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw DomainException.invalidField("body", "consultation.minutes.body-invalid");
        }
        Minutes edited = minutes.edit(cleanTitle, body.strip(), Moments.now(clock));
        store.save(edited, actor.accountId());
        return edited;
    }

    /** Rebuilds the draft's text from what the session recorded, e.g. after late corrections of opinions. */
    @Transactional
    public Minutes reassemble(long consultationId, long minutesId, Actor actor) {
        Consultation consultation = locked(consultationId);
        access.requireOrganiser(actor, consultation);
        Minutes edited = minutesOf(consultationId, minutesId).edit(assembler.title(consultation), assembler.body(consultation),
                Moments.now(clock));
        store.save(edited, actor.accountId());
        return edited;
    }

    /** Makes the draft final: it is published and handed to the outcome module. */
    @Transactional
    public Minutes finalise(long consultationId, long minutesId, Actor actor) {
        Consultation consultation = locked(consultationId);
        access.requireOrganiser(actor, consultation);
        Minutes finalised = minutesOf(consultationId, minutesId).finalise(Moments.now(clock));
        store.save(finalised, actor.accountId());
        List<MinutesFinalised.AgreedItem> adopted = consensus.list(consultationId).stream()
                .filter(item -> Boolean.TRUE.equals(item.adopted()))
                .map(item -> new MinutesFinalised.AgreedItem(item.id(), item.text(), item.agree(), item.disagree(), item.abstain()))
                .toList();
        List<Long> attendees = participants.attendees(consultationId).stream().map(Participant::accountId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        events.publishEvent(new MinutesFinalised(consultationId, finalised.id(), finalised.version(), finalised.title(),
                consultation.regionCode(), consultation.organizationId(), consultation.topicIds(), adopted, attendees,
                actor.accountId(), finalised.finalisedAt()));
        events.publishEvent(AuditRecord.of("consultation.minutes-finalised", actor.accountId(), "consultation", consultationId)
                .with("version", finalised.version()));
        return finalised;
    }

    /** Starts a correction of the newest final version: a new draft version with its text. */
    @Transactional
    public Minutes correct(long consultationId, Actor actor) {
        access.requireOrganiser(actor, locked(consultationId));
        if (draft(consultationId).isPresent()) {
            throw DomainException.conflict("consultation.minutes.draft-exists");
        }
        Minutes base = latestFinal(consultationId).orElseThrow(() -> DomainException.conflict("consultation.minutes.none"));
        List<Minutes> versions = store.versions(consultationId);
        int next = versions.getFirst().version() + 1;
        long id = store.insert(consultationId, next, base.title(), base.body(), base.dueOn());
        return store.find(id).orElseThrow();
    }

    /** The Word document of the version people should read. */
    public byte[] export(long consultationId, Actor actor) {
        Minutes minutes = current(consultationId, actor).orElseThrow(() -> DomainException.notFound("consultation.minutes.none"));
        Consultation consultation = consultation(consultationId);
        String organiser = organizations.find(consultation.organizationId()).map(o -> o.name()).orElse("");
        String date = DateTimeFormatter.ofPattern("yyyy年M月d日").format(LocalDate.ofInstant(consultation.startsAt(), Zones.platform()));
        return document.docx(minutes, organiser + "　" + date + (minutes.isFinal() ? "" : "（草稿）"));
    }

    private Consultation consultation(long id) {
        return consultations.find(id).orElseThrow(() -> DomainException.notFound("consultation.unknown", id));
    }

    private Consultation locked(long id) {
        return consultations.lock(id).orElseThrow(() -> DomainException.notFound("consultation.unknown", id));
    }

    private Minutes minutesOf(long consultationId, long minutesId) {
        return store.find(minutesId).filter(m -> m.consultationId() == consultationId)
                .orElseThrow(() -> DomainException.notFound("consultation.minutes.none"));
    }
}
