package org.gongshang.deliberation.polis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.gongshang.deliberation.engine.VoteMatrix;
import org.gongshang.deliberation.engine.VoteMatrixBuilder;

/**
 * A Pol.is conversation as plain records: its statements with their moderation state and its
 * votes with timestamps. The import API: read the export's files, then either hand the records to
 * a deliberation or build the engine's {@link VoteMatrix} with {@link #toVoteMatrix()}.
 *
 * @param statements the comments
 * @param votes every vote, in file order (a participant may have re-voted)
 */
public record PolisExport(List<PolisStatement> statements, List<PolisVote> votes) {

    /** Reads {@code comments.csv} and {@code votes.csv}. */
    public static PolisExport read(Path comments, Path votes) throws IOException {
        return new PolisExport(readComments(comments), readVotes(votes));
    }

    /** Reads {@code comments.csv} and takes the votes from {@code participants-votes.csv} instead. */
    public static PolisExport readWithParticipantsVotes(Path comments, Path participantsVotes) throws IOException {
        List<PolisVote> votes = readParticipants(participantsVotes).stream()
                .flatMap(p -> p.votes().stream())
                .toList();
        return new PolisExport(readComments(comments), votes);
    }

    public static List<PolisStatement> readComments(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return PolisCsv.readComments(reader, file.toString());
        }
    }

    public static List<PolisVote> readVotes(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return PolisCsv.readVotes(reader, file.toString());
        }
    }

    public static List<PolisParticipant> readParticipants(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return PolisCsv.readParticipantsVotes(reader, file.toString());
        }
    }

    /**
     * The latest vote per participant and statement (by timestamp; on equal timestamps the later
     * line wins), with rejected comments moderated out. Statements without votes still count.
     */
    public VoteMatrix toVoteMatrix() {
        VoteMatrixBuilder builder = VoteMatrix.builder();
        for (PolisStatement statement : statements) {
            builder.statement(statement.id(), statement.isModeratedOut());
        }
        votes.stream()
                .sorted(Comparator.comparingLong(PolisVote::timestamp)) // stable: file order among equal times
                .forEach(v -> builder.vote(v.participantId(), v.statementId(), v.vote()));
        return builder.build();
    }
}
