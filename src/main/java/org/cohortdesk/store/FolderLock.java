package org.cohortdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import org.cohortdesk.model.ProblemException;

/**
 * An operating-system lock on the data folder, held while the database is open, so that a second
 * Cohort Desk on the same folder is told plainly instead of failing inside H2. The OS frees the
 * lock when the process dies, so a crash never leaves the folder locked.
 */
final class FolderLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static FolderLock acquire(DataFolder folder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw alreadyOpen(folder);
            }
            return new FolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel, e);
            throw alreadyOpen(folder);
        } catch (IOException e) {
            closeQuietly(channel, e);
            throw folder.unusable(e);
        }
    }

    static ProblemException alreadyOpen(DataFolder folder) {
        return ProblemException.of("error.folder.in_use", folder.path());
    }

    private static void closeQuietly(FileChannel channel, Exception cause) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException suppressed) {
                cause.addSuppressed(suppressed);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
