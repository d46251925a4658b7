package org.gongshang.consultation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.gongshang.consultation.internal.Moments;
import org.gongshang.consultation.internal.ConsultationAccess;
import org.gongshang.consultation.internal.ConsultationStore;
import org.gongshang.consultation.internal.ParticipantStore;
import org.gongshang.consultation.internal.SessionChanged;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.MobileNumber;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.gongshang.shared.privacy.Masking;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster (参与人员) by category: invitations answered yes or no, residents' applications (报名),
 * check-in by QR code, by staff, and walk-ins without a phone of their own; the composition rule.
 */
@Service
public class Participants {

    static final int MAX_NAME = 50;

    private final ParticipantStore store;
    private final ConsultationStore consultations;
    private final ConsultationAccess access;
    private final Accounts accounts;
    private final PersonalDataCipher cipher;
    private final ConsultationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Participants(ParticipantStore store, ConsultationStore consultations, ConsultationAccess access, Accounts accounts,
            PersonalDataCipher cipher, ConsultationProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.consultations = consultations;
        this.access = access;
        this.accounts = accounts;
        this.cipher = cipher;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The whole roster; organisers and the facilitator only (it has names). */
    public List<Participant> roster(long consultationId, Actor actor) {
        access.requireRunner(actor, consultation(consultationId));
        return store.roster(consultationId);
    }

    /** The checked-in participants: who counts for votes, speaking shares and satisfaction. */
    public List<Participant> attendees(long consultationId) {
        return store.attendees(consultationId);
    }

    /**
     * The accounts of those who took part or were expected (not those who declined, were rejected or
     * are still applying): whom other modules address about the consultation afterwards, such as a
     * follow-up survey. Walk-ins without an account cannot be addressed and are left out.
     */
    public List<Long> accountsTakingPart(long consultationId) {
        return store.roster(consultationId).stream()
                .filter(p -> p.accountId() != null && (p.isCheckedIn() || p.status().isExpected()))
                .map(Participant::accountId).distinct().toList();
    }

    /** The viewer's own place on the roster, if any. */
    public Optional<Participant> mine(long consultationId, Actor actor) {
        return store.findByAccount(consultationId, actor.accountId());
    }

    public CompositionCheck composition(long consultationId) {
        return CompositionCheck.of(store.roster(consultationId), properties.grassrootsMinShare());
    }

    /**
     * Adds someone to the roster. With an account, they are invited (told at once when the consultation
     * is scheduled already, otherwise when it is); without one, they are simply confirmed.
     */
    @Transactional
    public Participant add(long consultationId, @Nullable Long accountId, @Nullable String name,
            @Nullable ParticipantCategory category, Actor actor) {
        Consultation consultation = locked(consultationId);
        access.requireOrganiser(actor, consultation);
        requireOpen(consultation);
        if (category == null) {
            throw DomainException.invalidField("category", "consultation.participant.category-required");
        }
        String realName = Text.blankToNull(name);
        if (accountId != null) {
            var account = accounts.find(accountId)
                    .orElseThrow(() -> DomainException.invalidField("accountId", "consultation.participant.account-unknown"));
            if (store.findByAccount(consultationId, accountId).isPresent()) {
                throw DomainException.conflict("consultation.participant.duplicate", account.realName());
            }
            realName = account.realName();
        }
        if (realName == null || realName.length() > MAX_NAME) {
            throw DomainException.invalidField("name", "consultation.participant.name-invalid", MAX_NAME);
        }
        ParticipantStatus status = accountId == null ? ParticipantStatus.CONFIRMED : ParticipantStatus.INVITED;
        long id = store.insert(consultationId, accountId, realName, category, status, false, null, null);
        if (accountId != null && consultation.status() == ConsultationStatus.SCHEDULED) {
            events.publishEvent(new ParticipantsInvited(consultationId, consultation.title(), consultation.startsAt(), List.of(accountId)));
        }
        events.publishEvent(AuditRecord.of("consultation.participant-added", actor.accountId(), "consultation", consultationId)
                .with("participant", id).with("category", category));
        return store.find(id).orElseThrow();
    }

    /** The invited person answers yes or no. */
    @Transactional
    public Participant answer(long consultationId, boolean yes, Actor actor) {
        Consultation consultation = locked(consultationId);
        requireOpen(consultation);
        Participant participant = store.findByAccount(consultationId, actor.accountId())
                .orElseThrow(() -> DomainException.notFound("consultation.unknown", consultationId));
        Participant answered = participant.answer(yes);
        store.save(answered);
        return answered;
    }

    /** A resident applies to join an open consultation (报名); the organiser decides. */
    @Transactional
    public Participant apply(long consultationId, Actor actor) {
        Consultation consultation = locked(consultationId);
        if (!consultation.isPubliclyVisible()) {
            throw DomainException.notFound("consultation.unknown", consultationId);
        }
        requireOpen(consultation);
        if (store.findByAccount(consultationId, actor.accountId()).isPresent()) {
            throw DomainException.conflict("consultation.participant.already-on-roster");
        }
        long id = store.insert(consultationId, actor.accountId(), actor.realName(), ParticipantCategory.RESIDENT,
                ParticipantStatus.APPLIED, false, null, null);
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Participant decideApplication(long consultationId, long participantId, boolean admit, Actor actor) {
        Consultation consultation = locked(consultationId);
        access.requireOrganiser(actor, consultation);
        Participant decided = participantOf(consultationId, participantId).decideApplication(admit);
        store.save(decided);
        if (admit && decided.accountId() != null) {
            events.publishEvent(new ParticipantsInvited(consultationId, consultation.title(), consultation.startsAt(),
                    List.of(decided.accountId())));
        }
        return decided;
    }

    /** Staff check someone in by hand. */
    @Transactional
    public Participant checkIn(long consultationId, long participantId, Actor actor) {
        Consultation consultation = locked(consultationId);
        access.requireRunner(actor, consultation);
        requireCheckInOpen(consultation);
        Participant checkedIn = participantOf(consultationId, participantId).checkIn(CheckInMethod.MANUAL, Moments.now(clock));
        store.save(checkedIn);
        attendanceChanged(consultationId);
        checkedIn(consultation, checkedIn);
        return checkedIn;
    }

    /** A signed-in participant checks themselves in with the code of the session's QR code. */
    @Transactional
    public Participant checkInWithCode(long consultationId, String code, Actor actor) {
        Consultation consultation = locked(consultationId);
        if (!java.security.MessageDigest.isEqual(consultations.checkInCode(consultationId).getBytes(), code.getBytes())) {
            throw DomainException.invalid("consultation.check-in.code-invalid");
        }
        requireCheckInOpen(consultation);
        Participant participant = store.findByAccount(consultationId, actor.accountId())
                .orElseThrow(() -> DomainException.forbidden("consultation.check-in.not-on-roster"));
        Participant checkedIn = participant.checkIn(CheckInMethod.QR, Moments.now(clock));
        store.save(checkedIn);
        attendanceChanged(consultationId);
        checkedIn(consultation, checkedIn);
        return checkedIn;
    }

    /** Staff enter someone who came without being on the roster, often without a phone; the phone is encrypted. */
    @Transactional
    public Participant walkIn(long consultationId, @Nullable String name, @Nullable ParticipantCategory category,
            @Nullable String phone, Actor actor) {
        Consultation consultation = locked(consultationId);
        access.requireRunner(actor, consultation);
        requireCheckInOpen(consultation);
        String realName = Text.blankToNull(name);
        if (realName == null || realName.length() > MAX_NAME) {
            throw DomainException.invalidField("name", "consultation.participant.name-invalid", MAX_NAME);
        }
        if (category == null) {
            throw DomainException.invalidField("category", "consultation.participant.category-required");
        }
        String number = Text.blankToNull(phone) == null ? null : MobileNumber.normalise(phone);
        if (number != null && !MobileNumber.isValid(number)) {
            throw DomainException.invalidField("phone", "identity.phone.invalid");
        }
        long id = store.insert(consultationId, null, realName, category, ParticipantStatus.CONFIRMED, true,
                number == null ? null : cipher.encrypt(number), number == null ? null : Masking.phone(number));
        Participant checkedIn = store.find(id).orElseThrow().checkIn(CheckInMethod.WALK_IN, Moments.now(clock));
        store.save(checkedIn);
        events.publishEvent(AuditRecord.of("consultation.walk-in", actor.accountId(), "consultation", consultationId)
                .with("participant", id));
        attendanceChanged(consultationId);
        return checkedIn;
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** @throws DomainException NOT_FOUND when the participant is not on this consultation's roster */
    Participant participantOf(long consultationId, long participantId) {
        return store.find(participantId).filter(p -> p.consultationId() == consultationId)
                .orElseThrow(() -> DomainException.notFound("consultation.participant.unknown", participantId));
    }

    private Consultation consultation(long id) {
        return consultations.find(id).orElseThrow(() -> DomainException.notFound("consultation.unknown", id));
    }

    private Consultation locked(long id) {
        return consultations.lock(id).orElseThrow(() -> DomainException.notFound("consultation.unknown", id));
    }

    private static void requireOpen(Consultation consultation) {
        if (!consultation.status().isBeforeSession() && consultation.status() != ConsultationStatus.IN_SESSION) {
            throw DomainException.conflict("consultation.roster.closed");
        }
    }

    private static void requireCheckInOpen(Consultation consultation) {
        if (!consultation.status().acceptsCheckIn()) {
            throw DomainException.conflict("consultation.check-in.closed");
        }
    }

    /** Attendance with an account is what other modules count (members' duty records). */
    private void checkedIn(Consultation consultation, Participant participant) {
        if (participant.accountId() != null && participant.checkedInAt() != null && participant.checkInMethod() != null) {
            events.publishEvent(new ParticipantCheckedIn(consultation.id(), consultation.title(), participant.accountId(),
                    participant.category(), participant.checkInMethod(), participant.checkedInAt()));
        }
    }

    private void attendanceChanged(long consultationId) {
        events.publishEvent(new SessionChanged(consultationId, SessionChanged.What.ATTENDANCE, 0));
    }
}
