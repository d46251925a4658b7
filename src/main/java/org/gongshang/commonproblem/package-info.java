/**
 * Common problems across communities (共性问题发现): texts from several corpora (topics today; reception
 * and emergency records when their modules provide a {@link org.gongshang.commonproblem.ProblemCorpus})
 * grouped by meaning as they arrive, and the groups that span enough communities or supporters in a
 * period shown to staff by region, each to be raised as one CPPCC topic linking every source.
 *
 * <p>{@link org.gongshang.commonproblem.ProblemClusters} reads the groups;
 * {@link org.gongshang.commonproblem.ClusterEscalation} raises one; {@link org.gongshang.commonproblem.ProblemCorpus}
 * is the extension point for other modules' texts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common problems",
        allowedDependencies = {"shared", "identity", "region", "similarity", "topic"})
@org.jspecify.annotations.NullMarked
package org.gongshang.commonproblem;
