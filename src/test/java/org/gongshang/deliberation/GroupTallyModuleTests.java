package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Group tallies through the use cases over the embedded PostgreSQL: kept apart from votes, participants and the analysis. */
@GongshangTest
class GroupTallyModuleTests {

    @Autowired
    Deliberations deliberations;

    @Autowired
    Statements statements;

    @Autowired
    GroupTallies tallies;

    @Autowired
    DeliberationAnalyses analyses;

    @Autowired
    Actors actors;

    @Autowired
    People people;

    @Test
    void aTallyChangesNeitherParticipantsNorVotesNorTheAnalysis() {
        Actor organiser = actors.of(DeliberationFixtures.organiser(people).id());
        DeliberationView created = deliberations.create(new NewDeliberation("楼道照明怎么改？", "测试", null, 1L,
                DeliberationFixtures.TONGCHUAN, ModerationMode.OPEN, null, Instant.now().plus(30, ChronoUnit.DAYS),
                List.of("加装声控灯", "费用分摊"), List.of()), organiser);
        long statement = statements.shown(created.id()).getFirst().id();
        DeliberationAnalysis before = analyses.of(created.id(), Optional.empty());

        GroupTally tally = tallies.record(created.id(), new NewGroupTally(statement, "居民议事会", LocalDate.now(Zones.platform()),
                40, 5, 3, null), organiser);

        assertThat(tally.agrees()).isEqualTo(40);
        assertThat(tally.enteredBy()).isEqualTo(organiser.accountId());
        assertThat(tallies.totals(created.id())).singleElement().satisfies(t -> assertThat(t.meetings()).isEqualTo(1));
        DeliberationView after = deliberations.get(created.id());
        assertThat(after.participants()).isZero();
        assertThat(after.votes()).isZero();
        DeliberationAnalysis analysis = analyses.of(created.id(), Optional.empty());
        assertThat(analysis.participants()).isEqualTo(before.participants()).isZero();
        assertThat(analysis.votes()).isZero();
    }

    @Test
    void aRejectedStatementTakesNoTally() {
        Actor organiser = actors.of(DeliberationFixtures.organiser(people).id());
        DeliberationView created = deliberations.create(new NewDeliberation("楼道照明怎么改？", "测试", null, 1L,
                DeliberationFixtures.TONGCHUAN, ModerationMode.OPEN, null, Instant.now().plus(30, ChronoUnit.DAYS),
                List.of("加装声控灯"), List.of()), organiser);
        long statement = statements.shown(created.id()).getFirst().id();
        statements.moderate(created.id(), statement, StatementStatus.REJECTED, organiser);
        assertThatThrownBy(() -> tallies.record(created.id(), new NewGroupTally(statement, "议事会", LocalDate.now(Zones.platform()),
                1, 0, 0, null), organiser)).isInstanceOfSatisfying(DomainException.class, e ->
                assertThat(e.fieldProblems()).extracting(DomainException.FieldProblem::messageKey)
                        .containsExactly("deliberation.tally.statement-unknown"));
        assertThat(tallies.totals(created.id())).isEmpty();
    }
}
