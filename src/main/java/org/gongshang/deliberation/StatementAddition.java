package org.gongshang.deliberation;

import java.util.List;

/**
 * What came of adding a statement: it was added, or near-duplicates were found and the author is
 * asked to confirm first (nothing stored yet).
 */
public sealed interface StatementAddition {

    record Added(StatementView statement) implements StatementAddition {
    }

    record SimilarFound(List<SimilarStatement> similar) implements StatementAddition {
    }
}
