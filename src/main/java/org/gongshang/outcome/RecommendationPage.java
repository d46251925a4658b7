package org.gongshang.outcome;

import java.util.List;

/** One page of a list, with the total for the pager. */
public record RecommendationPage(List<RecommendationView> items, int total, int page, int size) {

    public RecommendationPage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
