package org.gongshang.consultation;

/** One step of the session's agenda, in order. */
public record AgendaItem(long id, long consultationId, int position, AgendaItemKind kind, String title) {
}
