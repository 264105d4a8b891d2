package org.briefingpack.links;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One request at a time per host, with a pause between two of them: however many documents and threads
 * ask, a site sees at most one connection from the job and a request no sooner than the delay after the
 * previous one ended. The wait is on the caller's thread; other hosts are not held up.
 */
final class HostGate {

    /** One host's turn: whoever holds the lock may send; {@code lastEnd} is when the last request ended. */
    private static final class Turn {
        final ReentrantLock lock = new ReentrantLock(true);
        long lastEnd;
        boolean used;
    }

    private final ConcurrentMap<String, Turn> turns = new ConcurrentHashMap<>();

    /** A pass to send to {@code host}: returned once the host is free and {@code delay} has passed. */
    Pass enter(String host, Duration delay) throws InterruptedException {
        Turn turn = turns.computeIfAbsent(host, h -> new Turn());
        turn.lock.lockInterruptibly();
        try {
            if (turn.used && delay != null && !delay.isNegative() && !delay.isZero()) {
                long wait = turn.lastEnd + delay.toNanos() - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
        } catch (InterruptedException e) {
            turn.lock.unlock();
            throw e;
        }
        return new Pass(turn);
    }

    /** Held while one request is out; closing it records when it ended and lets the next one wait its turn. */
    static final class Pass implements AutoCloseable {
        private final Turn turn;

        private Pass(Turn turn) {
            this.turn = turn;
        }

        @Override
        public void close() {
            turn.lastEnd = System.nanoTime();
            turn.used = true;
            turn.lock.unlock();
        }
    }
}
