package org.gongshang.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.deliberation.engine.Analysis;
import org.gongshang.deliberation.engine.ConsensusEngine;
import org.gongshang.deliberation.engine.EngineState;
import org.gongshang.deliberation.engine.VoteMatrix;
import org.gongshang.deliberation.engine.VoteMatrixBuilder;
import org.junit.jupiter.api.Test;

class AnalysisCodecTests {

    /** Two camps of 30 that agree and disagree on opposite halves of 8 statements. */
    private static Analysis twoCamps() {
        VoteMatrixBuilder votes = VoteMatrix.builder();
        for (long statement = 1; statement <= 8; statement++) {
            votes.statement(statement, false);
        }
        for (long participant = 1; participant <= 60; participant++) {
            for (long statement = 1; statement <= 8; statement++) {
                boolean firstCamp = participant <= 30;
                boolean firstHalf = statement <= 4;
                votes.vote(participant, statement, firstCamp == firstHalf ? 1 : -1);
            }
        }
        return new ConsensusEngine().analyze(votes.build(), EngineState.initial());
    }

    @Test
    void anAnalysisReadBackEqualsTheOneWritten() {
        Analysis analysis = twoCamps();

        Analysis read = AnalysisCodec.read(AnalysisCodec.write(analysis));

        assertThat(read.groups()).isEqualTo(analysis.groups());
        assertThat(read.positions()).isEqualTo(analysis.positions());
        assertThat(read.state()).isEqualTo(analysis.state());
        assertThat(read.consensus()).isEqualTo(analysis.consensus());
        assertThat(read.representative()).isEqualTo(analysis.representative());
        assertThat(read.priorities().priorityOf(3)).isEqualTo(analysis.priorities().priorityOf(3));
        assertThat(read.groups()).hasSize(2);
    }

    @Test
    void storedBytesOfAnotherKindAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            // Not an analysis, and a class outside the engine: the filter refuses it before it is made.
            out.writeObject(new ArrayList<>(List.of(URI.create("http://example.org"))));
        }

        assertThatIllegalStateException().isThrownBy(() -> AnalysisCodec.read(bytes.toByteArray()));
    }
}
