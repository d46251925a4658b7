package org.gongshang.shared.cluster;

/**
 * One signal: what changed ({@code topic}, e.g. {@code consultation.live}) and a short payload
 * (ids, a few counts), never the data itself.
 *
 * @param fromThisNode whether this node sent it (it may already have acted on the change itself)
 */
public record Signal(String topic, String payload, boolean fromThisNode) {
}
