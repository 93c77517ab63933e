package org.crosscheck.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.crosscheck.model.Phase;
import org.crosscheck.model.Progress;

/**
 * A one-line progress bar on standard error for long checks: which phase, how far, and the time
 * so far. It stays silent for the first half second, so a small check prints nothing extra, redraws
 * at most ten times a second, and erases itself before the summary is printed.
 */
final class ProgressBar implements Progress, AutoCloseable {

    private static final long QUIET_START_NANOS = 500_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastDraw = Long.MIN_VALUE;
    private int drawnWidth;
    private Phase phase;
    private long total;

    ProgressBar(PrintStream out, LongSupplier nanoClock) {
        this.out = out;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    /**
     * A bar when a person is watching a terminal, otherwise nothing: CI logs and pipes get no
     * carriage-return noise, and --quiet means quiet.
     */
    static Progress forTerminal(boolean quiet, boolean interactive, PrintStream err) {
        return quiet || !interactive ? Progress.SILENT : new ProgressBar(err, System::nanoTime);
    }

    @Override
    public void started(Phase phase, long total) {
        this.phase = phase;
        this.total = total;
        draw(0, true);
    }

    @Override
    public void advanced(Phase phase, long done) {
        draw(done, false);
    }

    @Override
    public void finished(Phase phase) {
        draw(total, true);
    }

    /** Erases the bar, if it was ever drawn, so what follows starts on a clean line. */
    @Override
    public void close() {
        if (drawnWidth > 0) {
            out.print("\r" + " ".repeat(drawnWidth) + "\r");
            out.flush();
            drawnWidth = 0;
        }
    }

    private void draw(long done, boolean force) {
        long now = nanoClock.getAsLong();
        if (phase == null || now - start < QUIET_START_NANOS || (!force && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS)) {
            return;
        }
        lastDraw = now;
        String line = line(done, (now - start) / 1_000_000_000.0);
        out.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        out.flush();
        drawnWidth = Math.max(drawnWidth, line.length());
    }

    private String line(long done, double seconds) {
        String label = String.format(Locale.ROOT, "%-13s", phase.label());
        if (total <= 0) {
            return String.format(Locale.ROOT, "crosscheck: %s %5.1f s", label, seconds);
        }
        long shown = Math.min(done, total);
        int filled = (int) (BAR_WIDTH * shown / total);
        return String.format(Locale.ROOT, "crosscheck: %s [%s%s] %,d/%,d %s %5.1f s", label, "#".repeat(filled),
                " ".repeat(BAR_WIDTH - filled), shown, total, unit(phase), seconds);
    }

    private static String unit(Phase phase) {
        return switch (phase) {
            case LOAD -> "files";
            case NORMALIZE -> "sources";
            case ENGINE -> "claims";
            case TRIAGE -> "findings";
            case EXTRACT -> "articles";
            default -> "";
        };
    }
}
