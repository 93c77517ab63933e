package org.crosscheck.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Rows read on a thread of their own, a batch at a time, while the caller handles the batches
 * before: a report streamed from the store spends about as long in SQLite (stepping, copying each
 * row out of native memory) as in writing, and the two overlap on two cores. The reader runs ahead
 * by a few batches at most, so memory stays bounded whatever the number of rows.
 */
public final class ReadAhead {

    private static final int BATCH = 512;
    private static final int BATCHES_AHEAD = 8;
    private static final Object END = new Object();

    private ReadAhead() {
    }

    /** Reads rows, handing each to {@code row}. */
    @FunctionalInterface
    public interface Reader<T> {
        void read(RowSink<T> row) throws Exception;
    }

    /** Hears one row read. */
    @FunctionalInterface
    public interface RowSink<T> {
        void accept(T row);
    }

    /** Handles one row, on the caller's thread. */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(T row) throws IOException;
    }

    /**
     * Runs {@code reader} on a thread named {@code name} and hands its rows, in order, to
     * {@code handler} on this thread. What the reader throws comes out here as an IOException
     * saying {@code what} could not be read; when the handler throws, the reader is stopped.
     */
    public static <T> void run(String name, String what, Reader<T> reader, Handler<T> handler) throws IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        Thread thread = DaemonThreads.named(name).newThread(() -> {
            Object last = END;
            try {
                List<T> batch = new ArrayList<>(BATCH);
                reader.read(row -> {
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        put(queue, new ArrayList<>(batch));
                        batch.clear();
                    }
                });
                put(queue, batch);
            } catch (Stopped stopped) {
                return;
            } catch (Exception | Error e) {
                last = e;
            }
            try {
                put(queue, last);
            } catch (Stopped stopped) {
                // the handler has gone; nobody waits for the end
            }
        });
        thread.start();
        boolean finished = false;
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    finished = true;
                    return;
                }
                if (item instanceof Throwable thrown) {
                    finished = true;
                    if (thrown instanceof IOException || thrown instanceof RuntimeException || thrown instanceof Error) {
                        Failures.rethrow(thrown, IOException.class);
                    }
                    throw new IOException("cannot read " + what + ": " + thrown.getMessage(), thrown);
                }
                @SuppressWarnings("unchecked")
                List<T> rows = (List<T>) item;
                for (T row : rows) {
                    handler.handle(row);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading " + what);
        } finally {
            if (!finished) {
                thread.interrupt();
            }
            join(thread);
        }
    }

    /** Thrown inside the reader when the caller stopped it: unwinds it, closing what it opened. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private static void join(Thread thread) {
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
