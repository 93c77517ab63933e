package org.crosscheck.model;

/**
 * The tool's name and version, the time reports may show, and where the files it names live.
 *
 * @param generatedAt ISO instant from SOURCE_DATE_EPOCH, or null: reports then carry no time at all,
 *                    so identical inputs give byte-identical reports
 * @param docsBaseUrl where the repository's files are published (rule pages are docs/rules/ID.md
 *                    below it), or null when they are not
 * @param root        the absolute, normal directory the reports that code hosts map to repository
 *                    files (SARIF, Code Quality, GitHub annotations) name files relative to, or null:
 *                    then they name files as the other reports do, relative to the working directory
 *                    when inside it
 * @param inputsDigest {@code sha256:<hex>} of the run's inputs (facts, rules, settings, tool version),
 *                    written into every report that has a place for it so a set mixing two runs can be
 *                    told; null when not known
 */
public record ToolInfo(String name, String version, String generatedAt, String docsBaseUrl, String root, String inputsDigest) {

    public ToolInfo(String name, String version, String generatedAt, String docsBaseUrl, String root) {
        this(name, version, generatedAt, docsBaseUrl, root, null);
    }

    public ToolInfo(String name, String version, String generatedAt) {
        this(name, version, generatedAt, null);
    }

    public ToolInfo(String name, String version, String generatedAt, String docsBaseUrl) {
        this(name, version, generatedAt, docsBaseUrl, null);
    }

    public ToolInfo withInputsDigest(String digest) {
        return new ToolInfo(name, version, generatedAt, docsBaseUrl, root, digest);
    }

    /**
     * A file as a repository's code host knows it: relative to {@link #root} when it lies inside it
     * (a relative name is first taken from the working directory), else as given.
     */
    public String repositoryPath(String file) {
        if (root == null) {
            return file;
        }
        try {
            java.nio.file.Path path = java.nio.file.Path.of(file).toAbsolutePath().normalize();
            java.nio.file.Path base = java.nio.file.Path.of(root);
            return path.startsWith(base) && !path.equals(base) ? base.relativize(path).toString().replace('\\', '/') : file;
        } catch (java.nio.file.InvalidPathException e) {
            return file; // no such file can exist; named as given
        }
    }

    /** The absolute link to a rule's page, or null without a docs base URL. */
    public String docsUrl(RuleInfo rule) {
        return docsBaseUrl == null ? null : docsBaseUrl.replaceFirst("/+$", "") + "/" + rule.docsPath();
    }
}
