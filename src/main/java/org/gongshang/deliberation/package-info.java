/**
 * Online deliberation (云端协商): participants write short statements and vote agree / disagree /
 * pass; the consensus engine finds opinion groups and the statements every group supports
 * (最大公约数). The engine itself is plain Java in {@code engine}; {@code polis} reads Pol.is exports.
 * {@link org.gongshang.deliberation.Deliberations} is the module's API for the consultation module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Online deliberation",
        allowedDependencies = {"shared", "identity", "region", "moderation", "topic", "similarity"})
@org.jspecify.annotations.NullMarked
package org.gongshang.deliberation;
