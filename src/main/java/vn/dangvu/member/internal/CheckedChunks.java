package vn.dangvu.member.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An import file's rows read and checked on a thread of their own and handed over a chunk of valid rows at a time, so
 * that the import's transaction writes one chunk while the next is being read: reading and checking is Java's work
 * and writing is the database's, and each has a core of its own (docs/benchmarks.md, member import). Three chunks are
 * held at most (one being read, {@link #AHEAD} waiting, one being written), so the memory stays bounded whatever the
 * file's size. The errors are the reader's
 * until {@link #next} has returned {@code null} (the end), and then the caller's.
 */
final class CheckedChunks implements AutoCloseable {

    /** Chunks waiting for the writer at most. */
    private static final int AHEAD = 1;

    /**
     * Rows of the first chunk at most: the writer waits for the first chunk only, and a small one lets it start while
     * the reading is still slow (the reading code not yet compiled), instead of waiting for a whole chunk.
     */
    static final int FIRST = 1_000;

    /** A chunk of valid rows made ready for staging, in file order. */
    record Chunk(List<MemberImportStore.Prepared> rows) {

        int first() {
            return rows.get(0).row();
        }

        int last() {
            return rows.get(rows.size() - 1).row();
        }
    }

    /** How the rows were read, once all are. */
    record Read(long rows, long valid) {}

    private record End(Read read) {}

    private record Failed(RuntimeException error) {}

    /**
     * What one row's check decides; {@code keep} says whether a valid row is handed over (a mode may stop writing),
     * and {@code prepare} makes a row that is ready for staging, on the reading thread.
     */
    interface Check {
        MemberImportValidator.@Nullable ValidRow check(MemberImportFile.Row row);

        boolean keep();

        MemberImportStore.Prepared prepare(MemberImportValidator.ValidRow row);
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private @Nullable Read read;

    /**
     * Starts reading {@code rows} into chunks of {@code size} rows ({@code dangvu.member-import.chunk-rows}: enough
     * that the set statements cost per row what one statement for the whole file costs); {@code progress} is told the
     * rows read and valid so far every {@code every} rows, on the reading thread.
     */
    CheckedChunks(
            String name,
            Iterator<MemberImportFile.Row> rows,
            int size,
            Check check,
            int every,
            Consumer<Read> progress) {
        this.thread = new Thread(() -> readAll(rows, size, check, every, progress), name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void readAll(
            Iterator<MemberImportFile.Row> rows, int size, Check check, int every, Consumer<Read> progress) {
        try {
            long read = 0;
            long valid = 0;
            int limit = Math.min(size, FIRST);
            List<MemberImportStore.Prepared> chunk = new ArrayList<>(limit);
            while (rows.hasNext()) {
                MemberImportValidator.ValidRow row = check.check(rows.next());
                read++;
                if (row != null) {
                    valid++;
                    if (check.keep()) {
                        chunk.add(check.prepare(row));
                    }
                }
                if (chunk.size() == limit) {
                    queue.put(new Chunk(chunk));
                    limit = size;
                    chunk = new ArrayList<>(size);
                }
                if (read % every == 0) {
                    progress.accept(new Read(read, valid));
                }
            }
            if (!chunk.isEmpty()) {
                queue.put(new Chunk(chunk));
            }
            queue.put(new End(new Read(read, valid)));
        } catch (InterruptedException e) {
            // the writer stopped (closed): nobody waits for the rest
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // handed to the writer, which would otherwise wait for a chunk that never comes
            try {
                queue.put(new Failed(e instanceof RuntimeException r ? r : new IllegalStateException(e)));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The next chunk, waiting for it; {@code null} at the end, after which {@link #read} tells the counts. A failure
     * of the reading (an unreadable file) is thrown here, on the writer's thread.
     */
    @Nullable
    Chunk next() {
        Object next;
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading an import", e);
        }
        if (next instanceof Failed failed) {
            throw failed.error();
        }
        if (next instanceof End end) {
            join();
            this.read = end.read();
            return null;
        }
        return (Chunk) next;
    }

    /** The counts of the rows read; after {@link #next} has returned {@code null}. */
    Read read() {
        if (read == null) {
            throw new IllegalStateException("the rows are still being read");
        }
        return read;
    }

    /** Stops the reading if it still runs (the writer failed or ended early) and waits for its thread. */
    @Override
    public void close() {
        thread.interrupt();
        join();
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
