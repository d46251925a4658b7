/**
 * Messages to people: the in-app inbox (站内消息), SMS and email.
 *
 * <p>Other modules publish domain events; one small listener class per source module
 * ({@code internal/IdentityNotices}, later {@code internal/TopicNotices}, ...) turns them into
 * {@link org.gongshang.notification.Notice}s and hands them to {@link org.gongshang.notification.Notices},
 * which writes inbox rows and a transactional outbox in one transaction, in each recipient's
 * language. The outbox is sent by a persistent scheduler with retries and back-off, so that no
 * message is lost when a channel is down and none is sent twice.
 *
 * <p>To notify about another module's events: add a listener class with
 * {@code @ApplicationModuleListener} methods, the message keys to {@code messages/notification*.properties}
 * (zh and en), and the module to {@code allowedDependencies} below.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {"identity", "shared", "topic", "plan", "deliberation", "consultation", "outcome"})
@org.jspecify.annotations.NullMarked
package org.gongshang.notification;
