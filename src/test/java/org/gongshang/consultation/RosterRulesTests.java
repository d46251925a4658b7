package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The composition rule, answering invitations, check-in, consensus votes and final minutes. */
class RosterRulesTests {

    static Participant participant(long id, ParticipantCategory category, ParticipantStatus status) {
        return new Participant(id, 1, id, "p" + id, category, status, false, null, null, null);
    }

    static List<Participant> roster(int residents, int stakeholders, int others) {
        List<Participant> roster = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < residents; i++) {
            roster.add(participant(id++, ParticipantCategory.RESIDENT, ParticipantStatus.ACCEPTED));
        }
        for (int i = 0; i < stakeholders; i++) {
            roster.add(participant(id++, ParticipantCategory.STAKEHOLDER, ParticipantStatus.INVITED));
        }
        for (int i = 0; i < others; i++) {
            roster.add(participant(id++, ParticipantCategory.MEMBER, ParticipantStatus.CONFIRMED));
        }
        return roster;
    }

    @Test
    void residentsAndStakeholdersAtFortyPercentMeetTheRule() {
        assertThat(CompositionCheck.of(roster(2, 2, 6), 0.4).isMet()).isTrue();
        CompositionCheck short_ = CompositionCheck.of(roster(2, 1, 7), 0.4);
        assertThat(short_.isMet()).isFalse();
        assertThat(short_.grassrootsShare()).isEqualTo(0.3);
    }

    @Test
    void peopleWhoDeclinedDoNotCount() {
        List<Participant> roster = roster(2, 2, 6);
        roster.add(participant(99, ParticipantCategory.RESIDENT, ParticipantStatus.DECLINED));
        roster.add(participant(98, ParticipantCategory.RESIDENT, ParticipantStatus.APPLIED));
        CompositionCheck check = CompositionCheck.of(roster, 0.4);
        assertThat(check.expected()).isEqualTo(10);
        assertThat(check.counts().get(ParticipantCategory.RESIDENT)).isEqualTo(2);
    }

    @Test
    void anEmptyRosterDoesNotMeetTheRule() {
        assertThat(CompositionCheck.of(List.of(), 0.4).isMet()).isFalse();
    }

    @Test
    void checkingInTwiceOrAfterDecliningIsRefused() {
        Participant in = participant(1, ParticipantCategory.RESIDENT, ParticipantStatus.INVITED).checkIn(CheckInMethod.QR, Instant.now());
        assertThat(in.status()).isEqualTo(ParticipantStatus.ACCEPTED);
        assertThatThrownBy(() -> in.checkIn(CheckInMethod.MANUAL, Instant.now())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> participant(2, ParticipantCategory.RESIDENT, ParticipantStatus.DECLINED)
                .checkIn(CheckInMethod.MANUAL, Instant.now())).isInstanceOf(DomainException.class);
    }

    @Test
    void onlyApplicationsAreAdmitted() {
        assertThat(participant(1, ParticipantCategory.RESIDENT, ParticipantStatus.APPLIED).decideApplication(true).status())
                .isEqualTo(ParticipantStatus.ADMITTED);
        assertThatThrownBy(() -> participant(1, ParticipantCategory.RESIDENT, ParticipantStatus.INVITED).decideApplication(true))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void expertsDoNotVote() {
        assertThat(ParticipantCategory.EXPERT.votes()).isFalse();
        assertThat(ParticipantCategory.RESIDENT.votes()).isTrue();
    }

    @Test
    void aConsensusItemIsAdoptedByMoreThanHalfOfTheVotesCast() {
        ConsensusItem voting = new ConsensusItem(1, 1, null, "共识", ConsensusItem.Status.DRAFT, 0, 0, 0, null, null).openVoting();
        assertThat(voting.decide(3, 1, 1, 0.5, Instant.now()).adopted()).isTrue();
        assertThat(voting.decide(2, 1, 1, 0.5, Instant.now()).adopted()).isFalse();
        assertThat(voting.decide(0, 0, 0, 0.5, Instant.now()).adopted()).isFalse();
        ConsensusItem decided = voting.decide(3, 0, 0, 0.5, Instant.now());
        assertThatThrownBy(() -> decided.decide(3, 0, 0, 0.5, Instant.now())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> decided.edit("改")).isInstanceOf(DomainException.class);
    }

    @Test
    void finalMinutesAreNotEdited() {
        Minutes draft = new Minutes(1, 1, 1, Minutes.Status.DRAFT, "纪要", "正文", LocalDate.of(2026, 12, 18), Instant.now(), null);
        Minutes fin = draft.finalise(Instant.now());
        assertThatThrownBy(() -> fin.edit("新标题", "新正文", Instant.now())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("consultation.minutes.final"));
        assertThatThrownBy(() -> fin.finalise(Instant.now())).isInstanceOf(DomainException.class);
    }
}
