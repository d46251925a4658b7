package org.gongshang.opendata.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A dataset as the index lists it, with the addresses that stay the same. */
record DatasetEntry(String key, String title, String description, int rows, @Nullable Instant lastUpdated) {

    public String csv() {
        return "/open-data/" + key + ".csv";
    }

    public String json() {
        return "/open-data/" + key + ".json";
    }

    public String dictionary() {
        return "/open-data/" + key;
    }
}
