package com.salesperf.notification.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;

/** Sends one plain-text UTF-8 mail through the configured SMTP host. */
public final class MailSender {

    private MailSender() {}

    public static void send(MailSettings settings, String to, String subject, String body)
            throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(settings.sessionProperties()));
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
