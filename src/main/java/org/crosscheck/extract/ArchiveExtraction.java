package org.crosscheck.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.crosscheck.model.Location;
import org.crosscheck.model.Phase;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Progress;

/**
 * Bootstraps a corpus from an archive: every {@code *.txt} of a directory becomes one draft source
 * file. Each article's title, outlet and publication date come from its front-matter header (see
 * {@link ArticleReader}); for articles without one, from {@value #CSV}, beside the texts, with the
 * columns {@code file,title,outlet,published,url}. A header wins over the CSV, field by field.
 */
public final class ArchiveExtraction {

    /** The CSV of the articles' metadata, in the texts directory. */
    public static final String CSV = "articles.csv";

    /** What the run wrote and what it could not read. */
    public record Result(List<Path> written, int candidates, List<Problem> problems) {
    }

    private final ExtractionCorpus corpus;

    public ArchiveExtraction(ExtractionCorpus corpus) {
        this.corpus = corpus;
    }

    public Result run(Path texts, Path out, Progress progress) throws TextRejected {
        if (!Files.isDirectory(texts)) {
            throw new TextRejected(new Problem(Location.ofPath(texts.toString()), "the texts directory does not exist",
                    "pass --texts DIR, a directory of the articles' .txt files"));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(texts)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new TextRejected(new Problem(Location.ofPath(texts.toString()), "cannot list the texts: " + e.getMessage(),
                    "check the directory's permissions"));
        }
        if (files.isEmpty()) {
            throw new TextRejected(new Problem(Location.ofPath(texts.toString()), "the texts directory holds no .txt file",
                    "put one article per .txt file (UTF-8) in the directory"));
        }
        Map<String, ArticleText.Header> csv = readCsv(texts.resolve(CSV));
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new TextRejected(new Problem(Location.ofPath(out.toString()), "cannot create the output directory: " + e.getMessage(),
                    "choose another directory with --out"));
        }
        ArticleReader reader = new ArticleReader();
        Extractor extractor = new Extractor(corpus);
        List<Path> written = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        int candidates = 0;
        progress.started(Phase.EXTRACT, files.size());
        for (Path file : files) {
            try {
                ArticleText read = reader.read(file);
                ArticleText.Header fromCsv = csv.getOrDefault(file.getFileName().toString(), ArticleText.Header.NONE);
                ArticleText article = new ArticleText(read.file(), read.body(), read.firstLine(), read.header().orElse(fromCsv));
                Extraction extraction = extractor.extract(article, null);
                String id = extraction.sourceId();
                for (int n = 2; !ids.add(id); n++) {
                    id = extraction.sourceId() + "-" + n;
                }
                extraction = new Extraction(extraction.article(), id, extraction.published(), extraction.sentences(),
                        extraction.candidates(), extraction.unfiled());
                Path target = out.resolve(id + ".yaml");
                Files.writeString(target, DraftWriter.write(extraction), StandardCharsets.UTF_8);
                written.add(target);
                candidates += extraction.candidates().size();
            } catch (TextRejected e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new Problem(Location.ofPath(out.toString()), "cannot write the draft of " + file.getFileName() + ": "
                        + e.getMessage(), "choose another directory with --out"));
            }
            progress.advanced(Phase.EXTRACT, written.size() + problems.size());
        }
        progress.finished(Phase.EXTRACT);
        return new Result(written, candidates, problems);
    }

    /** The CSV's rows by file name; none when there is no CSV. */
    static Map<String, ArticleText.Header> readCsv(Path csv) throws TextRejected {
        Map<String, ArticleText.Header> rows = new HashMap<>();
        if (!Files.isRegularFile(csv)) {
            return rows;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TextRejected(new Problem(Location.ofPath(csv.toString()), "cannot read the CSV: " + e.getMessage(),
                    "save it as UTF-8 with the columns file,title,outlet,published,url"));
        }
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = fields(lines.get(0));
        int file = header.indexOf("file");
        if (file < 0) {
            throw new TextRejected(new Problem(new Location(csv.toString(), 1, 1), "the CSV has no 'file' column",
                    "start it with the line: file,title,outlet,published,url"));
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> row = fields(lines.get(i));
            if (row.size() != header.size()) {
                throw new TextRejected(new Problem(new Location(csv.toString(), i + 1, 1), "the row has " + row.size()
                        + " fields, the header " + header.size(), "quote a field that holds a comma: \"Nairobi, Kenya\""));
            }
            rows.put(row.get(file), new ArticleText.Header(column(header, row, "title"), column(header, row, "outlet"),
                    column(header, row, "published"), column(header, row, "url")));
        }
        return rows;
    }

    private static String column(List<String> header, List<String> row, String name) {
        int at = header.indexOf(name);
        return at < 0 || row.get(at).isBlank() ? null : row.get(at).strip();
    }

    /** One CSV line's fields: commas separate, double quotes enclose, and a doubled quote is one. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
