package org.gongshang.commonproblem;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A group of texts about one problem, counted within the viewer's regions and the period.
 *
 * @param title the representative's title (the first text of the group)
 * @param districts where its sources come from, by district, most first
 * @param raisedTopicId the CPPCC topic it was raised as, once it was
 */
public record ProblemCluster(long id, String title, int sources, int communities, int supporters,
        List<District> districts, @Nullable Long raisedTopicId) {

    public ProblemCluster {
        districts = List.copyOf(districts);
    }

    /** A district's share of a group: its sources and the distinct communities they come from. */
    public record District(String code, String name, int sources, int communities) {
    }
}
