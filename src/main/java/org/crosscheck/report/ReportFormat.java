package org.crosscheck.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report files crosscheck can write, by the name used in --format. */
public enum ReportFormat {
    JSON("report.json"),
    HTML("report.html"),
    SARIF("report.sarif");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> fromLabel(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(","));
    }
}
