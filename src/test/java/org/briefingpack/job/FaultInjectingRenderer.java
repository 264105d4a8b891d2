package org.briefingpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.briefingpack.config.BriefingComponents;
import org.briefingpack.config.BriefingProperties;
import org.briefingpack.model.Facts;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.PackRenderer;
import org.briefingpack.render.RunContents;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The real renderer behind switches a test flips: a document's render or the run-level render
 * fails with an I/O error, as a full disk would (which fails the step, so a restart can finish the
 * run). Records what was really rendered, across threads, so tests can prove nothing ran twice.
 */
final class FaultInjectingRenderer implements PackRenderer {

    private final PackRenderer real;
    private final AtomicInteger documentCalls = new AtomicInteger();
    private final AtomicBoolean failedOnce = new AtomicBoolean();
    private volatile Predicate<Facts> failAlways = facts -> false;
    private volatile Predicate<Facts> failOnce = facts -> false;
    private volatile int failCall;
    private volatile boolean failRun;
    final Queue<String> documentsRendered = new ConcurrentLinkedQueue<>();
    final AtomicInteger runsRendered = new AtomicInteger();

    FaultInjectingRenderer(PackRenderer real) {
        this.real = real;
    }

    /** The n-th document render call (1-based, across executions) fails. */
    void failCall(int n) {
        failCall = n;
    }

    /** The first render of the first document that matches fails; later ones succeed. */
    void failOnce(Predicate<Facts> which) {
        failOnce = which;
    }

    /** Every render of a matching document fails until {@link #heal()}. */
    void failAlways(Predicate<Facts> which) {
        failAlways = which;
    }

    void failRun(boolean fail) {
        failRun = fail;
    }

    void heal() {
        failAlways = facts -> false;
        failOnce = facts -> false;
        failCall = 0;
        failRun = false;
    }

    static Predicate<Facts> document(String idPrefix) {
        return facts -> facts.document().id().startsWith(idPrefix);
    }

    @Override
    public DocumentRendering renderDocument(Facts facts, Path documentDir, Instant generatedAt) {
        int call = documentCalls.incrementAndGet();
        if (call == failCall
                || failAlways.test(facts)
                || (failOnce.test(facts) && failedOnce.compareAndSet(false, true))) {
            throw diskFull();
        }
        DocumentRendering rendering = real.renderDocument(facts, documentDir, generatedAt);
        documentsRendered.add(facts.document().id());
        return rendering;
    }

    @Override
    public List<Path> renderRun(RunContents run, Path runDir) {
        if (failRun) {
            throw diskFull();
        }
        runsRendered.incrementAndGet();
        return real.renderRun(run, runDir);
    }

    private static UncheckedIOException diskFull() {
        return new UncheckedIOException(new IOException("No space left on device (injected: disk full)"));
    }

    /** Replaces the application's renderer with a fault-injecting wrapper around the real one. */
    @TestConfiguration
    static class Wiring {
        @Bean
        @Primary
        FaultInjectingRenderer faultInjectingRenderer(BriefingProperties properties, FxRates fxRates) {
            return new FaultInjectingRenderer(new BriefingComponents().packRenderer(properties, fxRates));
        }
    }
}
