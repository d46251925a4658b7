/**
 * Sensitive words (敏感词) that keep a text off public pages until a moderator releases it, with a
 * whitelist for harmless phrases that contain them (上游行业 contains 游行); and the keyword matcher
 * other modules use for their own keyword rules (e.g. screening pre-flags).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
@org.jspecify.annotations.NullMarked
package org.gongshang.moderation;
