/**
 * Pol.is exports: reading comments.csv, votes.csv and participants-votes.csv into plain records,
 * and the {@code analyze} command. A named interface, because the application's {@code main}
 * starts the command.
 */
@org.springframework.modulith.NamedInterface("polis")
@org.jspecify.annotations.NullMarked
package org.gongshang.deliberation.polis;
