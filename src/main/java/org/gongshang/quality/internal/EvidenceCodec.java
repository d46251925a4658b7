package org.gongshang.quality.internal;

import java.util.List;

import org.gongshang.quality.Evidence;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Evidence kept as a JSON list next to each indicator value: it is only ever read with its evaluation. */
public final class EvidenceCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Evidence>> LIST = new TypeReference<>() {
    };

    private EvidenceCodec() {
    }

    public static String encode(List<Evidence> evidence) {
        return JSON.writeValueAsString(evidence);
    }

    public static List<Evidence> decode(String json) {
        return JSON.readValue(json, LIST);
    }
}
