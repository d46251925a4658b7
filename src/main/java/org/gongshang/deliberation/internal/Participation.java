package org.gongshang.deliberation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.gongshang.deliberation.DeliberationJoined;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may take part, and as which participant: residents (and anyone) with a verified real name,
 * and the members, cadres and departments the organiser invited. Once a person has taken part, their
 * participant id is remembered in memory: participants are never deleted, so the cache cannot go
 * wrong across nodes, and the vote path then needs no look-up of the account.
 */
@Component
public class Participation {

    private record Key(long deliberationId, long accountId) {
    }

    private static final int CACHE_LIMIT = 200_000;

    private final DeliberationParticipantStore participants;
    private final DeliberationStore deliberations;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<Key, Long> known = new ConcurrentHashMap<>();

    Participation(DeliberationParticipantStore participants, DeliberationStore deliberations, Accounts accounts,
            TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.participants = participants;
        this.deliberations = deliberations;
        this.accounts = accounts;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** The actor's participant id, joining them on first use. @throws DomainException FORBIDDEN when they may not take part */
    public long join(long deliberationId, Actor actor) {
        Key key = new Key(deliberationId, actor.accountId());
        Long id = known.get(key);
        if (id != null) {
            return id;
        }
        Optional<Long> existing = participants.findAccount(deliberationId, actor.accountId());
        long participant;
        if (existing.isPresent()) {
            participant = existing.get();
        } else {
            requireMayTakePart(deliberationId, actor);
            participant = joined(deliberationId, actor);
        }
        if (known.size() > CACHE_LIMIT) {
            known.clear();
        }
        known.put(key, participant);
        return participant;
    }

    /**
     * Records the first participation; a member's is published for their duty records, in a
     * transaction of its own so that the event is kept with the row (this is once per person and
     * deliberation, never on the vote path after that).
     */
    private long joined(long deliberationId, Actor actor) {
        String category = category(actor);
        if (!"MEMBER".equals(category)) {
            return participants.ofAccount(deliberationId, actor.accountId(), category, clock.instant());
        }
        Long id = transaction.execute(status -> {
            Instant at = clock.instant();
            long participant = participants.ofAccount(deliberationId, actor.accountId(), category, at);
            events.publishEvent(new DeliberationJoined(deliberationId, actor.accountId(), at));
            return participant;
        });
        return Objects.requireNonNull(id);
    }

    /** The participant id if this node has seen the account take part: the vote path's fast lane. */
    public Optional<Long> known(long deliberationId, long accountId) {
        return Optional.ofNullable(known.get(new Key(deliberationId, accountId)));
    }

    /** The actor's participant id if they have taken part. */
    public Optional<Long> of(long deliberationId, long accountId) {
        Long id = known.get(new Key(deliberationId, accountId));
        return id != null ? Optional.of(id) : participants.findAccount(deliberationId, accountId);
    }

    public boolean mayTakePart(long deliberationId, Actor actor) {
        return accounts.find(actor.accountId()).map(AccountView::realNameVerified).orElse(false)
                || deliberations.isInvited(deliberationId, actor.accountId());
    }

    public void requireMayTakePart(long deliberationId, Actor actor) {
        if (!mayTakePart(deliberationId, actor)) {
            throw DomainException.forbidden("deliberation.participant.real-name-required");
        }
    }

    /** The participant category recorded with participation (DESIGN: share of ordinary residents). */
    static String category(Actor actor) {
        if (actor.has(Role.MEMBER)) {
            return "MEMBER";
        }
        if (actor.has(Role.CADRE)) {
            return "CADRE";
        }
        if (actor.has(Role.DEPARTMENT)) {
            return "PARTY_GOV";
        }
        if (actor.hasAny(Role.STAFF, Role.REVIEWER, Role.ADMIN)) {
            return "STAFF";
        }
        return "RESIDENT";
    }
}
