package org.crosscheck.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report files crosscheck can write, by the name used in --format. */
public enum ReportFormat {
    JSON("report.json"),
    HTML("report.html"),
    SARIF("report.sarif"),
    JUNIT("junit.xml"),
    MARKDOWN("summary.md"),
    CODEQUALITY("codequality.json"),
    /** GitHub Actions annotations, printed on standard output rather than written to a file. */
    GITHUB(null);

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public boolean isFile() {
        return fileName != null;
    }

    /** The formats written by default: every report file. */
    public static java.util.List<ReportFormat> files() {
        return Arrays.stream(values()).filter(ReportFormat::isFile).toList();
    }

    public String label() {
        return this == MARKDOWN ? "md" : name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> fromLabel(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label().equals(wanted)).findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(","));
    }
}
