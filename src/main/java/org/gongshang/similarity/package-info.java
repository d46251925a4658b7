/**
 * Similar texts by meaning and words, one service for every module that compares texts: topics
 * while typing and on screening, deliberation statements, later emergencies nearby and common
 * problems across communities. Texts are kept per {@link org.gongshang.similarity.Corpus} with their
 * sentence embedding (BAAI bge-small-zh-v1.5, in-process); see docs/topics.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Similar texts", allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package org.gongshang.similarity;
