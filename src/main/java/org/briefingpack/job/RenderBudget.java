package org.briefingpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefingpack.render.PackRenderer.DocumentRendering;

/**
 * The time one document's rendering may take ({@code briefing.render-budget}). The rendering runs on a thread of
 * its own; past the budget it is abandoned and the document is FAILED with the reason, so one pathological document
 * cannot hold the run. Flying Saucer and JFreeChart do not answer an interrupt, so an abandoned rendering may still
 * finish later: it then deletes what it wrote, and the document's folder holds nothing the run report does not list.
 */
final class RenderBudget {

    private enum State {
        RUNNING,
        DONE,
        ABANDONED
    }

    private final Duration budget;

    RenderBudget(Duration budget) {
        this.budget = budget;
    }

    /** Thrown when the rendering did not finish within the budget; its message is the document's reason. */
    static final class ExceededException extends RuntimeException {
        ExceededException(String message) {
            super(message);
        }
    }

    DocumentRendering render(String file, Path documentDir, Supplier<DocumentRendering> rendering) {
        AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
        Set<Path> before = listing(documentDir);
        FutureTask<DocumentRendering> task = new FutureTask<>(() -> {
            DocumentRendering done;
            try {
                done = rendering.get();
            } catch (RuntimeException | Error e) {
                if (state.get() == State.ABANDONED) {
                    deleteNew(documentDir, before); // the interrupt stopped a write: remove what came before it
                }
                throw e;
            }
            if (!state.compareAndSet(State.RUNNING, State.DONE)) {
                deleteAll(done);
            }
            return done;
        });
        Thread thread = new Thread(task, "render " + file);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (state.compareAndSet(State.RUNNING, State.ABANDONED)) {
                thread.interrupt();
                throw new ExceededException("rendering took longer than its budget of " + describe(budget)
                        + " (briefing.render-budget) and was stopped; the document has no pack");
            }
            return finished(task); // it finished in the same instant
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state.set(State.ABANDONED);
            throw new IllegalStateException("interrupted while rendering " + file, e);
        }
    }

    private static DocumentRendering finished(FutureTask<DocumentRendering> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }

    private static Set<Path> listing(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** What was not in {@code dir} {@code before} (charts, a part-written PDF), removed. */
    private static void deleteNew(Path dir, Set<Path> before) {
        for (Path added : listing(dir)) {
            if (before.contains(added)) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(added)) {
                for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove what an abandoned rendering wrote: " + added, e);
            }
        }
    }

    private static void deleteAll(DocumentRendering abandoned) {
        for (Path file : abandoned.files()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove what an abandoned rendering wrote: " + file, e);
            }
        }
    }

    private static String describe(Duration duration) {
        if (duration.toMillis() >= 1000) {
            return duration.toSeconds() + " s";
        }
        return duration.toMillis() >= 1 ? duration.toMillis() + " ms" : duration.toNanos() + " ns";
    }
}
