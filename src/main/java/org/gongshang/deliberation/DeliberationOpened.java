package org.gongshang.deliberation;

import java.util.List;

/** A deliberation was created; invited members, cadres and departments are told. */
public record DeliberationOpened(long deliberationId, String question, List<Long> invitees) {
}
