package org.briefingpack.distribution;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.briefingpack.io.AtomicFiles;
import org.briefingpack.run.RunLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends (or, in outbox mode, writes) one planned message: the MIME message with its HTML body, plain-text
 * alternative and attachments; over SMTP with retries and a doubling backoff, recorded in the
 * {@link DistributionLedger} around the send. Nothing here knows Spring Batch: the caller supplies the
 * transaction the confirmation joins.
 */
public final class Distributor {

    private static final Logger log = LoggerFactory.getLogger(Distributor.class);

    /** What became of a delivery. */
    public record Outcome(Delivery delivery, Status status, String file, String error) {}

    public enum Status {
        SENT,
        WRITTEN,
        FAILED
    }

    /** Waits between tries; a test may pass one that does not sleep. */
    @FunctionalInterface
    public interface Backoff {
        void pause(Duration duration) throws InterruptedException;
    }

    private final DistributionSettings settings;
    private final DistributionLedger ledger;
    private final JavaMailSender mailSender;
    private final Backoff backoff;
    private final MessageContent content = new MessageContent();
    private final Session session = Session.getInstance(new Properties());

    /** @param mailSender null in outbox mode, or when nothing is configured to be sent */
    public Distributor(
            DistributionSettings settings, DistributionLedger ledger, JavaMailSender mailSender, Backoff backoff) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.mailSender = mailSender;
        this.backoff = backoff;
        if (settings.active() && settings.mode() == DistributionSettings.Mode.SEND && mailSender == null) {
            throw new IllegalStateException(
                    "briefing.distribution has recipients and mode send, but no mail server"
                            + " is configured: set spring.mail.host (and spring.mail.port), or briefing.distribution.mode=outbox");
        }
    }

    public DistributionSettings settings() {
        return settings;
    }

    public DistributionPlan plan(List<Briefing> briefings) {
        return settings.active()
                ? DistributionPlan.of(briefings, settings, ledger)
                : new DistributionPlan(List.of(), List.of());
    }

    /** Sends the delivery (recording it), or writes it to the run's outbox. */
    public Outcome deliver(Delivery delivery, RunLayout layout, String runId, Instant now) {
        MimeMessage message = compose(delivery, layout, runId, now);
        if (settings.mode() == DistributionSettings.Mode.OUTBOX) {
            Path file = layout.outbox().resolve(outboxName(delivery));
            AtomicFiles.write(file, bytes(message));
            log.info("run {}: message {} to {} written to {}", runId, delivery.messageId(), delivery.to(), file);
            return new Outcome(delivery, Status.WRITTEN, layout.relative(file), null);
        }
        ledger.reserve(delivery, runId);
        String error = send(message, delivery, runId);
        if (error != null) {
            ledger.release(delivery);
            return new Outcome(delivery, Status.FAILED, null, error);
        }
        ledger.confirm(delivery);
        log.info(
                "run {}: sent {} ({} briefing{}) to {}",
                runId,
                delivery.messageId(),
                delivery.items().size(),
                delivery.items().size() == 1 ? "" : "s",
                delivery.to());
        return new Outcome(delivery, Status.SENT, null, null);
    }

    /** Null when the server accepted the message; else the last error, after every try. */
    private String send(MimeMessage message, Delivery delivery, String runId) {
        Duration wait = settings.backoff();
        MailException last = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                mailSender.send(message);
                return null;
            } catch (MailException e) {
                last = e;
                log.warn(
                        "run {}: sending {} to {} failed (try {} of {}): {}",
                        runId,
                        delivery.messageId(),
                        delivery.to(),
                        attempt,
                        settings.attempts(),
                        e.getMessage());
                if (attempt < settings.attempts()) {
                    try {
                        backoff.pause(wait);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    wait = wait.multipliedBy(2);
                }
            }
        }
        return last == null ? "interrupted" : rootMessage(last);
    }

    MimeMessage compose(Delivery delivery, RunLayout layout, String runId, Instant now) {
        try {
            MimeMessage message = new FixedIdMessage(session, delivery.messageId());
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(delivery.to().toArray(String[]::new));
            helper.setSentDate(Date.from(now));
            long room = settings.maxAttachmentSize().toBytes();
            List<MessageContent.BriefingBlock> blocks = new ArrayList<>();
            List<Path> attachments = new ArrayList<>();
            for (Delivery.Item item : delivery.items()) {
                Path pdf = item.briefing().pdf();
                long size = Files.size(pdf);
                boolean attach = size <= room;
                if (attach) {
                    room -= size;
                    attachments.add(pdf);
                }
                blocks.add(MessageContent.block(item, attach, link(layout, runId, pdf)));
            }
            MessageContent.Rendered rendered = content.render(blocks, runId);
            helper.setSubject(rendered.subject());
            helper.setText(rendered.text(), rendered.html());
            for (int i = 0; i < delivery.items().size(); i++) {
                if (blocks.get(i).attached()) {
                    helper.addAttachment(
                            blocks.get(i).pdfName(),
                            new FileSystemResource(
                                    delivery.items().get(i).briefing().pdf()),
                            "application/pdf");
                }
            }
            Path workbook = layout.runDir().resolve(RunLayout.WORKBOOK);
            if (settings.attachWorkbook() && Files.isRegularFile(workbook) && Files.size(workbook) <= room) {
                helper.addAttachment(
                        RunLayout.WORKBOOK,
                        new FileSystemResource(workbook),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            message.setHeader("X-Briefing-Run", runId);
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build message " + delivery.messageId() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a briefing for message " + delivery.messageId(), e);
        }
    }

    /** The configured base URL with the file's place under the output folder, else the file's own URI. */
    private String link(RunLayout layout, String runId, Path pdf) {
        if (settings.baseUrl() != null && !settings.baseUrl().isBlank()) {
            String base = settings.baseUrl().strip().replaceAll("/+$", "");
            return base + "/" + runId + "/" + layout.relative(pdf);
        }
        return pdf.toAbsolutePath().toUri().toString();
    }

    private static String outboxName(Delivery delivery) {
        String first = delivery.items().get(0).briefing().folder();
        String more = delivery.items().size() > 1 ? "-and-" + (delivery.items().size() - 1) + "-more" : "";
        String id = delivery.messageId().substring(1, 9);
        return first + more + "-" + id + ".eml";
    }

    private static byte[] bytes(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Cannot write message: " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + cause + ")";
    }

    /** Keeps our Message-ID: JavaMail would replace it with a random one on every save. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
