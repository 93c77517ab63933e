package org.crosscheck.support;

import java.util.concurrent.ThreadFactory;

/** Threads for work a run waits for itself: daemons, so a run that ends early never hangs on them. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** A factory of daemon threads with this name, which thread dumps and profiles show. */
    public static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
