package org.gongshang.consultation;

import java.time.Instant;

import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A point of consensus (共识): drafted, put to the vote of the attendees, decided with the counts.
 *
 * @param adopted null until decided
 */
public record ConsensusItem(long id, long consultationId, @Nullable Long agendaItemId, String text, Status status,
        int agree, int disagree, int abstain, @Nullable Boolean adopted, @Nullable Instant decidedAt) {

    public enum Status {
        DRAFT, VOTING, DECIDED
    }

    public ConsensusItem edit(String newText) {
        if (status != Status.DRAFT) {
            throw DomainException.conflict("consultation.consensus.not-draft");
        }
        return new ConsensusItem(id, consultationId, agendaItemId, newText, status, agree, disagree, abstain, adopted, decidedAt);
    }

    public ConsensusItem openVoting() {
        if (status != Status.DRAFT) {
            throw DomainException.conflict("consultation.consensus.not-draft");
        }
        return new ConsensusItem(id, consultationId, agendaItemId, text, Status.VOTING, 0, 0, 0, null, null);
    }

    public void requireVoting() {
        if (status != Status.VOTING) {
            throw DomainException.conflict("consultation.consensus.not-voting");
        }
    }

    /** Closes the vote with the counts: adopted when more than {@code adoptionShare} of the votes cast agree. */
    public ConsensusItem decide(int agreeVotes, int disagreeVotes, int abstainVotes, double adoptionShare, Instant at) {
        requireVoting();
        int cast = agreeVotes + disagreeVotes + abstainVotes;
        boolean isAdopted = cast > 0 && agreeVotes > adoptionShare * cast;
        return new ConsensusItem(id, consultationId, agendaItemId, text, Status.DECIDED, agreeVotes, disagreeVotes,
                abstainVotes, isAdopted, at);
    }
}
