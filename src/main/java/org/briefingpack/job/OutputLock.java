package org.briefingpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on the output folder ({@code output/.briefing-pack.lock}), held for a whole run,
 * so two runs started at once never interleave files: the second is refused with a clear message.
 * The operating system drops the lock when the process dies, so a killed run leaves no stale lock.
 */
final class OutputLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Optional<OutputLock> tryAcquire(Path outputDir) {
        try {
            Files.createDirectories(outputDir);
            FileChannel channel = FileChannel.open(
                    outputDir.resolve(".briefing-pack.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return Optional.of(new OutputLock(channel, lock));
                }
            } catch (OverlappingFileLockException e) {
                // held by another run in this same process
            }
            channel.close();
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock output folder " + outputDir, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the output folder lock", e);
        }
    }
}
