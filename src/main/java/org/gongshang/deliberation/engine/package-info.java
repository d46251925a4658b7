/**
 * The consensus engine: votes in, opinion groups, representative statements and group-aware
 * consensus out. Plain Java without Spring, so that it can be tested and benchmarked alone and run
 * by the {@code analyze} command. See docs/consensus-engine.md for the formulas.
 */
@org.jspecify.annotations.NullMarked
package org.gongshang.deliberation.engine;
