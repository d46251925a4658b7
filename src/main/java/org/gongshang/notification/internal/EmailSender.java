package org.gongshang.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.gongshang.notification.Channel;
import org.gongshang.notification.NotificationProperties;
import org.gongshang.notification.SmsGateway.Handover;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email over SMTP through Spring Boot's mail support. The channel is active only when
 * {@code spring.mail.host} is set (Boot then provides a {@link JavaMailSender}).
 */
@Component
public class EmailSender implements ChannelSender {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;

    EmailSender(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    public boolean active() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public @Nullable Handover send(OutboxMessage message, String address) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("Email is not configured (spring.mail.host)");
        }
        if (message.body() == null) {
            throw new IllegalStateException("The text of " + message.id() + " was forgotten");
        }
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper email = new MimeMessageHelper(mime, false, "UTF-8");
            email.setFrom(properties.email().from());
            email.setTo(address);
            email.setSubject(message.subject() == null ? "" : message.subject());
            email.setText(message.body(), false);
            // Lets a mail system or a person recognise a repeat, as SMTP itself cannot drop one.
            mime.setHeader("X-Gongshang-Message-Id", message.id().toString());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(mime);
        return null;
    }
}
