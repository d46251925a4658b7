package org.gongshang.member;

import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.MobileNumber;
import org.gongshang.member.internal.ExpertAggregate;
import org.gongshang.member.internal.ExpertRepository;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.privacy.Masking;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff keeping their committee's expert pool: adding, changing, deactivating experts. */
@Service
public class ExpertPool {

    private final ExpertRepository repository;
    private final MemberAccess access;
    private final Accounts accounts;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;

    ExpertPool(ExpertRepository repository, MemberAccess access, Accounts accounts, PersonalDataCipher cipher,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.access = access;
        this.accounts = accounts;
        this.cipher = cipher;
        this.events = events;
    }

    @Transactional
    public Expert add(long committeeId, ExpertDetails details, Actor actor) {
        access.requireStaffOf(actor, committeeId);
        List<FieldProblem> problems = new ArrayList<>();
        String phone = phone(details.phone(), problems);
        Long accountId = account(details.username(), problems);
        ExpertAggregate added = repository.save(ExpertAggregate.add(committeeId, details,
                phone == null ? null : cipher.encrypt(phone), phone == null ? null : Masking.phone(phone), accountId, problems));
        events.publishEvent(AuditRecord.of("member.expert-added", actor.accountId(), "member-expert", added.view().id()));
        return added.view();
    }

    /** A phone left empty keeps the one on record, which staff never see in full. */
    @Transactional
    public Expert change(long expertId, ExpertDetails details, Actor actor) {
        ExpertAggregate expert = load(expertId, actor);
        List<FieldProblem> problems = new ArrayList<>();
        String phone = phone(details.phone(), problems);
        Long accountId = account(details.username(), problems);
        ExpertAggregate changed = repository.save(expert.changedTo(details,
                phone == null ? expert.phoneCipher() : cipher.encrypt(phone),
                phone == null ? expert.phoneMasked() : Masking.phone(phone), accountId, problems));
        events.publishEvent(AuditRecord.of("member.expert-changed", actor.accountId(), "member-expert", expertId));
        return changed.view();
    }

    @Transactional
    public Expert setActive(long expertId, boolean active, Actor actor) {
        ExpertAggregate saved = repository.save(load(expertId, actor).withActive(active));
        events.publishEvent(AuditRecord.of(active ? "member.expert-reactivated" : "member.expert-deactivated",
                actor.accountId(), "member-expert", expertId));
        return saved.view();
    }

    private ExpertAggregate load(long expertId, Actor actor) {
        ExpertAggregate expert = repository.findById(expertId)
                .orElseThrow(() -> DomainException.notFound("member.expert.unknown", expertId));
        access.requireStaffReading(actor, access.committee(expert.committeeId()).regionCode(), "member.expert.unknown", expertId);
        return expert;
    }

    private static @Nullable String phone(@Nullable String typed, List<FieldProblem> problems) {
        if (typed == null) {
            return null;
        }
        String number = MobileNumber.normalise(typed);
        if (!MobileNumber.isValid(number)) {
            problems.add(new FieldProblem("phone", "member.phone.invalid"));
            return null;
        }
        return number;
    }

    private @Nullable Long account(@Nullable String username, List<FieldProblem> problems) {
        if (username == null) {
            return null;
        }
        Long id = accounts.findByUsername(username).map(AccountView::id).orElse(null);
        if (id == null) {
            problems.add(new FieldProblem("username", "member.account.unknown", username));
        }
        return id;
    }
}
