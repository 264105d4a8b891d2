package org.briefingpack.job;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** A message read back with Jakarta Mail as a mail client would: headers, text and HTML parts, attachments. */
record MailParts(
        String messageId, String subject, List<String> to, String text, String html, Map<String, byte[]> attachments) {

    static MailParts of(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            Holder holder = new Holder();
            walk(message, holder);
            return new MailParts(
                    message.getMessageID(),
                    message.getSubject(),
                    to == null
                            ? List.of()
                            : Arrays.stream(to).map(Address::toString).toList(),
                    holder.text,
                    holder.html,
                    holder.attachments);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MailParts read(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            return of(new MimeMessage(Session.getInstance(new Properties()), in));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Holder {
        String text;
        String html;
        final Map<String, byte[]> attachments = new LinkedHashMap<>();
    }

    private static void walk(Part part, Holder holder) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, holder);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                holder.attachments.put(part.getFileName(), in.readAllBytes());
            }
        } else if (part.isMimeType("text/plain")) {
            holder.text = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
            holder.html = (String) part.getContent();
        }
    }
}
