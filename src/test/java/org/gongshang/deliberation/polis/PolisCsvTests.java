package org.gongshang.deliberation.polis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.gongshang.deliberation.engine.VoteMatrix;
import org.junit.jupiter.api.Test;

class PolisCsvTests {

    @Test
    void commentsAreReadWithTheirModerationState() throws IOException {
        String csv = """
                timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body
                1500282615559,Mon Jul 17 16:10:15 WIB 2017,36,0,38,7,1,"Opposition, in parts"
                1500282544716,Mon Jul 17 16:09:04 WIB 2017,34,5,56,2,-1,Spam
                """;
        List<PolisStatement> statements = PolisCsv.readComments(new StringReader(csv), "comments.csv");
        assertThat(statements).containsExactly(
                new PolisStatement(36, 0, 1, "Opposition, in parts", 1500282615559L),
                new PolisStatement(34, 5, -1, "Spam", 1500282544716L));
        assertThat(statements.get(1).isModeratedOut()).isTrue();
    }

    @Test
    void theLatestVoteByTimestampWinsWhateverTheLineOrder() throws IOException {
        String csv = """
                timestamp,datetime,comment-id,voter-id,vote
                300,x,1,7,-1
                100,x,1,7,1
                200,x,2,7,0
                """;
        PolisExport export = new PolisExport(List.of(), PolisCsv.readVotes(new StringReader(csv), "votes.csv"));
        VoteMatrix matrix = export.toVoteMatrix();
        assertThat(matrix.vote(matrix.rowOf(7), matrix.columnOf(1))).isEqualTo((byte) -1);
        assertThat(matrix.vote(matrix.rowOf(7), matrix.columnOf(2))).isEqualTo((byte) 0);
    }

    @Test
    void participantsVotesAreReadWithoutXid() throws IOException {
        String csv = """
                participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2
                0,1,3,2,1,1,1,-1,
                4,,0,1,0,0,,,0
                """;
        List<PolisParticipant> participants = PolisCsv.readParticipantsVotes(new StringReader(csv), "pv.csv");
        assertThat(participants).containsExactly(
                new PolisParticipant(0, null, 1, List.of(new PolisVote(0, 0, 0, 1), new PolisVote(0, 1, 0, -1))),
                new PolisParticipant(4, null, null, List.of(new PolisVote(0, 2, 4, 0))));
    }

    @Test
    void participantsVotesAreReadWithXid() throws IOException {
        String csv = """
                participant,xid,group-id,n-comments,n-votes,n-agree,n-disagree,1,4
                1,abc-1,2,0,2,1,1,-1,1
                """;
        List<PolisParticipant> participants = PolisCsv.readParticipantsVotes(new StringReader(csv), "pv.csv");
        assertThat(participants).containsExactly(new PolisParticipant(1, "abc-1", 2,
                List.of(new PolisVote(0, 1, 1, -1), new PolisVote(0, 4, 1, 1))));
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> PolisCsv.readVotes(new StringReader("timestamp,comment-id,vote\n1,2,1\n"), "votes.csv"))
                .isInstanceOf(PolisFormatException.class)
                .hasMessageContaining("votes.csv").hasMessageContaining("voter-id");
    }

    @Test
    void aValueThatIsNoNumberIsReportedWithItsLine() {
        String csv = "timestamp,comment-id,voter-id,vote\n1,2,3,1\n2,two,3,1\n";
        assertThatThrownBy(() -> PolisCsv.readVotes(new StringReader(csv), "votes.csv"))
                .isInstanceOf(PolisFormatException.class)
                .hasMessageContaining("line 2").hasMessageContaining("'two'");
    }

    @Test
    void theRealExportsReadTheSameVotesFromEitherFile() throws IOException {
        for (String name : PolisSamples.NAMES) {
            PolisExport fromVotes = PolisSamples.export(name);
            PolisExport fromParticipants = PolisExport.readWithParticipantsVotes(
                    PolisSamples.folder(name).resolve("comments.csv"),
                    PolisSamples.folder(name).resolve("participants-votes.csv"));
            VoteMatrix a = fromVotes.toVoteMatrix();
            VoteMatrix b = fromParticipants.toVoteMatrix();
            // participants-votes.csv may be exported at another time than votes.csv: nearly equal.
            assertThat((double) Math.abs(a.voteCount() - b.voteCount()) / a.voteCount()).as(name).isLessThan(0.02);
            assertThat(a.statementCount()).as(name).isEqualTo(b.statementCount());
        }
    }
}
