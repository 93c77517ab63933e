package org.crosscheck.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.crosscheck.load.FactsFile;

/** The facts files under a path of any Hadoop file system, and reading one of them. */
final class CorpusFiles {

    private static final Pattern YAML_FILE = Pattern.compile(".*\\.ya?ml");

    private CorpusFiles() {
    }

    /** Thrown when there is nothing to read at all; the message and hint are the command line's. */
    static final class Missing extends Exception {
        private static final long serialVersionUID = 1L;
        final String hint;

        Missing(String message, String hint) {
            super(message);
            this.hint = hint;
        }
    }

    /** Every {@code *.yaml}/{@code *.yml} file under {@code facts}, in path order, as the command line walks them. */
    static List<CorpusFile> list(String facts, Configuration conf) throws IOException, Missing {
        Path root = new Path(facts);
        FileSystem fs = root.getFileSystem(conf);
        if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
            throw new Missing("facts directory not found", "pass --facts PATH with a directory of YAML facts files");
        }
        String qualified = fs.makeQualified(root).toUri().getPath().replaceAll("/+$", "");
        String shown = facts.replaceAll("/+$", "");
        List<FileStatus> found = new ArrayList<>();
        walk(fs, root, found);
        if (found.isEmpty()) {
            throw new Missing("no facts files (*.yaml) in the facts directory",
                    "add source files such as " + shown + "/sources/example.yaml");
        }
        found.sort(Comparator.comparing(f -> f.getPath().toUri().getPath()));
        List<CorpusFile> listed = new ArrayList<>(found.size());
        for (FileStatus file : found) {
            String inside = file.getPath().toUri().getPath().substring(qualified.length());
            listed.add(new CorpusFile(listed.size(), file.getPath().toString(), shown + inside, file.getLen()));
        }
        return listed;
    }

    /**
     * Lists with plain statuses: {@code FileSystem.listFiles} makes located ones, which on the local
     * file system fork a process per file to read its permissions (minutes for 10,000 files).
     */
    private static void walk(FileSystem fs, Path dir, List<FileStatus> found) throws IOException {
        for (FileStatus status : fs.listStatus(dir)) {
            if (status.isDirectory()) {
                walk(fs, status.getPath(), found);
            } else if (status.isFile() && YAML_FILE.matcher(status.getPath().getName()).matches()) {
                found.add(status);
            }
        }
    }

    /** Reads, parses and binds one file; a file that cannot be read becomes a problem, as on the command line. */
    static FactsFile read(CorpusFile file, Configuration conf) {
        return FactsFile.read(file.display(), file.size(), () -> {
            Path path = new Path(file.path());
            try (FSDataInputStream in = path.getFileSystem(conf).open(path)) {
                return in.readAllBytes();
            }
        });
    }
}
