package org.cohortdesk.service.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Severity;
import org.cohortdesk.store.DataFolder;

/**
 * Backups asked of the process that has the folder open (see
 * docs/decisions/0014-backups-while-open.md). H2 lets one process at a time open the file, so a
 * {@code backup} command run while the window is open drops a request file in the data folder's
 * {@code .requests/}; the window notices it within a moment, claims it by renaming it, writes the
 * backup and answers in a file beside it. Files and renames only: no port, no firewall, nothing
 * another user could reach that the folder's own permissions do not already allow.
 */
public final class BackupRequests implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BackupRequests.class.getName());
    private static final long POLL_MS = 200;

    private final Thread thread;
    private volatile boolean running = true;

    private BackupRequests(Runnable loop) {
        thread = new Thread(loop, "backup-requests");
        thread.setDaemon(true);
    }

    static Path inbox(DataFolder folder) {
        return folder.path().resolve(".requests");
    }

    /** Starts answering requests for {@code folder} with {@code backups}, until closed. */
    public static BackupRequests serve(DataFolder folder, BackupService backups) {
        BackupRequests[] self = new BackupRequests[1];
        self[0] = new BackupRequests(() -> {
            while (self[0].running) {
                try {
                    answerWaiting(folder, backups);
                    Thread.sleep(POLL_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "answering backup requests failed", e);
                    sleepQuietly();
                }
            }
        });
        self[0].thread.start();
        return self[0];
    }

    /** Answers every request waiting now; returns how many. */
    static int answerWaiting(DataFolder folder, BackupService backups) {
        Path inbox = inbox(folder);
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        List<Path> waiting;
        try (Stream<Path> files = Files.list(inbox)) {
            waiting = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".request")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int answered = 0;
        for (Path request : waiting) {
            String id = request.getFileName().toString().replace(".request", "");
            Path taken = inbox.resolve(id + ".taken");
            try {
                Files.move(request, taken, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException gone) {
                continue; // the asker gave up and took it back
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Properties answer = new Properties();
            try {
                Path out = Path.of(read(taken).getProperty("out"));
                backups.backupTo(out, "request");
                answer.setProperty("result", "ok");
                LOG.info("backup written on request: " + out);
            } catch (ProblemException e) {
                answer.setProperty("result", "refused");
                answer.setProperty("key", e.problem().key());
                List<Object> args = e.problem().args();
                for (int i = 0; i < args.size(); i++) {
                    answer.setProperty("arg." + i, String.valueOf(args.get(i)));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "a backup asked for by another process failed", e);
                answer.setProperty("result", "refused");
                answer.setProperty("key", "error.backup.write_failed");
                answer.setProperty("arg.0", id);
                answer.setProperty("arg.1", String.valueOf(e.getMessage()));
            }
            write(inbox.resolve(id + ".answer"), answer);
            answered++;
        }
        return answered;
    }

    /**
     * Asks the process that has {@code folder} open to write a backup to {@code out} and waits for
     * it. Refused ({@code error.backup.no_answer}) when no process claims the request within
     * {@code claim} (an older Cohort Desk, or a command that is not the window), after taking the
     * request back; any refusal of the writer comes back as its problem.
     */
    public static void ask(DataFolder folder, Path out, Duration claim, Duration finish) {
        Path inbox = inbox(folder);
        String id = UUID.randomUUID().toString();
        Path request = inbox.resolve(id + ".request");
        Path taken = inbox.resolve(id + ".taken");
        Path answer = inbox.resolve(id + ".answer");
        try {
            Files.createDirectories(inbox);
            Properties p = new Properties();
            p.setProperty("out", out.toAbsolutePath().toString());
            Path tmp = inbox.resolve(id + ".tmp");
            write(tmp, p);
            Files.move(tmp, request, StandardCopyOption.ATOMIC_MOVE);
            long claimBy = System.nanoTime() + claim.toNanos();
            long finishBy = claimBy + finish.toNanos();
            while (!Files.exists(answer)) {
                long now = System.nanoTime();
                if (now > claimBy && Files.exists(request) && takeBack(request)) {
                    throw ProblemException.of("error.backup.no_answer", folder.path());
                }
                if (now > finishBy) {
                    throw ProblemException.of("error.backup.no_answer", folder.path());
                }
                Thread.sleep(POLL_MS / 2);
            }
            Properties result = read(answer);
            Files.deleteIfExists(answer);
            Files.deleteIfExists(taken);
            if (!"ok".equals(result.getProperty("result"))) {
                List<Object> args = new ArrayList<>();
                for (int i = 0; result.containsKey("arg." + i); i++) {
                    args.add(result.getProperty("arg." + i));
                }
                throw new ProblemException(new Problem(Severity.ERROR, result.getProperty("key"), args));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.of("error.backup.no_answer", folder.path());
        }
    }

    private static boolean takeBack(Path request) {
        try {
            Files.delete(request);
            return true;
        } catch (NoSuchFileException claimedJustNow) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static void write(Path file, Properties p) {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, null);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(POLL_MS * 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops answering, after the backup under way (if any) is written: the thread is not
     * interrupted, since an interrupt during H2's file I/O can damage the file. A request arriving
     * later is taken back by its asker.
     */
    @Override
    public void close() {
        running = false;
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
