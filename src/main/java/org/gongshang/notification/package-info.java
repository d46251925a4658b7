/**
 * Messages to people: the in-app inbox (站内消息), SMS and email. Other modules publish domain
 * events; one small listener per source module turns them into {@link org.gongshang.notification.Notice}s
 * and hands them to {@link org.gongshang.notification.Notices}, which writes inbox rows and a
 * transactional outbox in one go. The outbox is sent by a persistent scheduler with retries and
 * back-off, so that no message is lost when a channel is down and none is sent twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {"identity", "shared"})
@org.jspecify.annotations.NullMarked
package org.gongshang.notification;
