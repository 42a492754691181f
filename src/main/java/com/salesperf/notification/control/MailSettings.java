package com.salesperf.notification.control;

import java.util.Properties;

/**
 * Where notification e-mails go out. Mail is off unless an SMTP host is set ({@code
 * portal.mail.smtp.host}, e.g. through the environment variable PORTAL_MAIL_SMTP_HOST).
 */
public record MailSettings(String host, int port, String from, String baseUrl) {

    public boolean enabled() {
        return host != null && !host.isBlank();
    }

    /**
     * Jakarta Mail session properties: plain SMTP with short timeouts, so a dead relay is quick.
     */
    public Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.writetimeout", "5000");
        return properties;
    }
}
