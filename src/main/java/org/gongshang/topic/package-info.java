/**
 * Topics (议题): collection from five sources, solicitation campaigns, co-signing and
 * representativeness, near-duplicates, screening (遴选) with pre-flags, and routing between CPPCC
 * and grassroots consultation (衔接). The plan and consultation modules use {@link org.gongshang.topic.Topics}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Topics",
        allowedDependencies = {"shared", "identity", "region", "moderation", "similarity"})
@org.jspecify.annotations.NullMarked
package org.gongshang.topic;
