package org.crosscheck.model;

/**
 * A rule as declared in its DRL file's metadata.
 *
 * @param name the Drools rule name; {@code id} is the stable identifier findings and waivers use
 * @param file the DRL file, relative to the rules directory
 */
public record RuleInfo(String id, Severity severity, String title, String name, String file) implements java.io.Serializable {

    /** Path of the rule's documentation page, relative to the project root. */
    public String docsPath() {
        return "docs/rules/" + id + ".md";
    }
}
