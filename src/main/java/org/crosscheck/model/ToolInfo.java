package org.crosscheck.model;

/**
 * The tool's name and version, and the time reports may show.
 *
 * @param generatedAt ISO instant from SOURCE_DATE_EPOCH, or null: reports then carry no time at all,
 *                    so identical inputs give byte-identical reports
 * @param docsBaseUrl where the repository's files are published (rule pages are docs/rules/ID.md
 *                    below it), or null when they are not
 */
public record ToolInfo(String name, String version, String generatedAt, String docsBaseUrl) {

    public ToolInfo(String name, String version, String generatedAt) {
        this(name, version, generatedAt, null);
    }

    /** The absolute link to a rule's page, or null without a docs base URL. */
    public String docsUrl(RuleInfo rule) {
        return docsBaseUrl == null ? null : docsBaseUrl.replaceFirst("/+$", "") + "/" + rule.docsPath();
    }
}
