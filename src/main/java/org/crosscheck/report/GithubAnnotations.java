package org.crosscheck.report;

import java.io.PrintWriter;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Location;
import org.crosscheck.support.Visible;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,title=…::message}), one per open
 * finding CI acts on ({@link CheckResult#openAndActionable}: warnings, errors, and information only when it
 * fails the run), so findings appear on the pull request's changed files. GitHub shows only a few
 * annotations of each kind per step, and a notice for every agreement would bury the findings that
 * need a person (a million-claim check has about 190,000). Values are encoded as GitHub
 * documents for workflow commands: {@code %}, CR and LF everywhere, and {@code :} and {@code ,}
 * in properties.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {
    }

    public static void print(CheckResult result, PrintWriter out) {
        print(result, new org.crosscheck.model.ToolInfo("crosscheck", null, null), out);
    }

    /** As {@link #print(CheckResult, PrintWriter)}, naming files as {@code tool} says a repository knows them. */
    public static void print(CheckResult result, org.crosscheck.model.ToolInfo tool, PrintWriter out) {
        for (Finding finding : result.findings()) {
            if (!result.openAndActionable(finding)) {
                continue;
            }
            String command = switch (finding.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            StringBuilder line = new StringBuilder("::").append(command).append(' ');
            Location at = finding.location();
            if (at != null) {
                line.append("file=").append(property(tool.repositoryPath(at.file())))
                        .append(",line=").append(at.line())
                        .append(",col=").append(at.column()).append(',');
            }
            line.append("title=").append(property(finding.rule().id() + " " + finding.key()))
                    .append("::").append(data(finding.message()));
            out.println(line);
        }
        out.flush();
    }

    /** Encoded as GitHub documents (line breaks as %0A, inside the one command), after every other character that could act in the log is written out visibly. */
    static String data(String text) {
        return Visible.keepingLineBreaks(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
