package org.briefingpack.job;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Wraps the mail sender Spring Boot made from {@code spring.mail.*} so a test can take the SMTP server away (sends
 * go to a closed port on loopback: a real connection refused) or stop the job right after the server accepted a
 * message, before the step commits, as a kill there would.
 */
final class FaultyMailServer implements JavaMailSender {

    /** Thrown after the server accepted a message: what a kill at that moment leaves behind. */
    static final class KilledAfterAccept extends RuntimeException {
        KilledAfterAccept() {
            super("simulated kill: the SMTP server accepted the message, the step did not commit");
        }
    }

    private final JavaMailSender delegate;
    private final JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
    private volatile boolean down;
    private final AtomicInteger killAfterAccepted = new AtomicInteger(-1);
    private final AtomicInteger accepted = new AtomicInteger();

    FaultyMailServer(JavaMailSender delegate) {
        this.delegate = delegate;
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(closedPort());
    }

    void down(boolean down) {
        this.down = down;
    }

    /** The n-th message the server accepts from now on (1 = the next) is followed by a "kill". */
    void killAfterAccepting(int n) {
        killAfterAccepted.set(accepted.get() + n);
    }

    @Override
    public void send(MimeMessage message) throws MailException {
        if (down) {
            nowhere.send(message);
            return;
        }
        delegate.send(message);
        if (accepted.incrementAndGet() == killAfterAccepted.get()) {
            throw new KilledAfterAccept();
        }
    }

    @Override
    public void send(MimeMessage... messages) throws MailException {
        for (MimeMessage message : messages) {
            send(message);
        }
    }

    @Override
    public MimeMessage createMimeMessage() {
        return delegate.createMimeMessage();
    }

    @Override
    public MimeMessage createMimeMessage(InputStream contentStream) throws MailException {
        return delegate.createMimeMessage(contentStream);
    }

    @Override
    public void send(SimpleMailMessage... simpleMessages) throws MailException {
        delegate.send(simpleMessages);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {
        @Bean
        static BeanPostProcessor faultyMailServer() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof JavaMailSender sender && !(bean instanceof FaultyMailServer)
                            ? new FaultyMailServer(sender)
                            : bean;
                }
            };
        }
    }
}
