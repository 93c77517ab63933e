package org.crosscheck.model;

/**
 * The tool's name and version, and the time reports may show.
 *
 * @param generatedAt ISO instant from SOURCE_DATE_EPOCH, or null: reports then carry no time at all,
 *                    so identical inputs give byte-identical reports
 */
public record ToolInfo(String name, String version, String generatedAt) {
}
