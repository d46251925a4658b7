package org.gongshang.consultation;

/** The usual steps of a session: 情况通报 → 提问 → 解答 → 发言讨论 → 形成共识. */
public enum AgendaItemKind {
    BRIEFING, QUESTIONS, ANSWERS, DISCUSSION, CONSENSUS, OTHER
}
