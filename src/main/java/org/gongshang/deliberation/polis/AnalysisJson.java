package org.gongshang.deliberation.polis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.deliberation.engine.Analysis;
import org.gongshang.deliberation.engine.ConsensusStatement;
import org.gongshang.deliberation.engine.MajorityStatement;
import org.gongshang.deliberation.engine.OpinionGroup;
import org.gongshang.deliberation.engine.RepresentativeStatement;

/* The analyze command's JSON, as ordered maps so that the field order is the documented one. */
final class AnalysisJson {

    private AnalysisJson() {
    }

    static Map<String, Object> of(Analysis analysis, long computeMillis) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> groups = new ArrayList<>();
        for (OpinionGroup group : analysis.groups()) {
            groups.add(ordered("id", group.id(), "participants", group.participantIds(), "x", group.x(), "y", group.y()));
        }
        json.put("groups", groups);
        json.put("consensus", analysis.consensus().ranking().stream().map(AnalysisJson::consensus).toList());
        json.put("commonGround", analysis.consensus().commonGround().stream().map(AnalysisJson::consensus).toList());
        Map<String, Object> representative = new LinkedHashMap<>();
        analysis.representative().forEach((group, statements) -> representative.put(String.valueOf(group),
                statements.stream().map(AnalysisJson::representative).toList()));
        json.put("representative", representative);
        json.put("majority", ordered(
                "agree", analysis.majority().agree().stream().map(AnalysisJson::majority).toList(),
                "disagree", analysis.majority().disagree().stream().map(AnalysisJson::majority).toList()));
        Map<String, Object> silhouettes = new LinkedHashMap<>();
        analysis.groupCount().silhouettes().forEach((k, s) -> silhouettes.put(String.valueOf(k), s));
        json.put("groupCount", ordered("best", analysis.groupCount().best(), "shown", analysis.groupCount().shown(),
                "silhouettes", silhouettes));
        json.put("participants", analysis.participants());
        json.put("statements", analysis.statements());
        json.put("votes", analysis.votes());
        json.put("participantsClustered", analysis.participantsClustered());
        json.put("computeMillis", computeMillis);
        return json;
    }

    private static Map<String, Object> consensus(ConsensusStatement c) {
        return ordered("statementId", c.statementId(), "score", c.score(), "geometricMean", c.geometricMean(),
                "lowestGroupShare", c.lowestGroupShare(), "fewestGroupVotes", c.fewestGroupVotes());
    }

    private static Map<String, Object> representative(RepresentativeStatement r) {
        return ordered("statementId", r.statementId(), "direction", r.direction().name().toLowerCase(),
                "votes", r.votes(), "seen", r.seen(), "share", r.share(), "shareTest", r.shareTest(),
                "repness", r.repness(), "repnessTest", r.repnessTest(), "bestAgree", r.bestAgree());
    }

    private static Map<String, Object> majority(MajorityStatement m) {
        return ordered("statementId", m.statementId(), "votes", m.votes(), "seen", m.seen(), "share", m.share(),
                "shareTest", m.shareTest());
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
