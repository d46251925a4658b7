package org.gongshang.commonproblem;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import org.gongshang.similarity.Corpus;

/**
 * A module's texts that common problems are found in: a bean per corpus (topics here; reception and
 * emergency records are added by their modules). Its texts must be indexed in {@link #corpus()} of the
 * similarity module, so that their stored embeddings are reused. The corpus tells
 * {@link ProblemSources#changed} when one of its texts changes.
 */
public interface ProblemCorpus {

    /** Short and stable, stored with each source (e.g. {@code topic}); lower case. */
    String kind();

    Corpus corpus();

    /** Every text that occurred since a time, for a full pass. */
    void forEachSince(Instant since, Consumer<ProblemText> consumer);

    Optional<ProblemText> find(long id);

    /** Where staff read the source, e.g. {@code /topics/12}. */
    String path(long id);

    /** The topic this source is, when it is one, so that the raised topic links it both ways. */
    default Optional<Long> topicId(long id) {
        return Optional.empty();
    }
}
