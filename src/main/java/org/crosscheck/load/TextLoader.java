package org.crosscheck.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RawSource;
import org.crosscheck.model.SourceTexts;

/**
 * Reads the article text each source names ({@code text:}) from the texts directory. A name that
 * leads outside that directory, directly or through a symbolic link, is refused: facts files are
 * written by many hands and must not make crosscheck read arbitrary files.
 */
public final class TextLoader {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    public SourceTexts load(Path textsDir, List<RawSource> sources, List<Problem> problems) {
        if (!Files.isDirectory(textsDir)) {
            problems.add(new Problem(Location.ofPath(textsDir.toString()), "texts directory not found",
                    "pass --texts DIR with the article text files the sources name"));
            return SourceTexts.NONE;
        }
        Path root;
        try {
            root = textsDir.toRealPath();
        } catch (IOException e) {
            problems.add(new Problem(Location.ofPath(textsDir.toString()), "cannot open the texts directory: " + e.getMessage(), ""));
            return SourceTexts.NONE;
        }
        Map<String, String> texts = new TreeMap<>();
        for (RawSource source : sources) {
            if (source.textFile() != null) {
                read(root, textsDir, source, problems).ifPresent(text -> texts.put(source.id(), text));
            }
        }
        return new SourceTexts(texts);
    }

    /** @param given the texts directory as the user named it, for messages; {@code root} is its real path */
    private static java.util.Optional<String> read(Path root, Path given, RawSource source, List<Problem> problems) {
        Path candidate = root.resolve(source.textFile()).normalize();
        if (!candidate.startsWith(root)) {
            problems.add(new Problem(source.location(), "text '" + source.textFile() + "' leads outside the texts directory",
                    "name a file inside the texts directory, without '..' or an absolute path"));
            return java.util.Optional.empty();
        }
        if (!Files.exists(candidate)) {
            problems.add(new Problem(source.location(), "text '" + source.textFile() + "' not found in " + given,
                    "check the file name, or the --texts directory"));
            return java.util.Optional.empty();
        }
        try {
            Path real = candidate.toRealPath();
            if (!real.startsWith(root)) {
                problems.add(new Problem(source.location(), "text '" + source.textFile()
                        + "' is a link that leads outside the texts directory", "copy the file into the texts directory"));
                return java.util.Optional.empty();
            }
            if (!Files.isRegularFile(real)) {
                // a pipe would wait for a writer for ever, a device never end
                problems.add(new Problem(source.location(), "text '" + source.textFile() + "' is not a regular file (a directory, a device or a pipe)",
                        "name the article's text file"));
                return java.util.Optional.empty();
            }
            if (Files.size(real) > MAX_BYTES) {
                problems.add(new Problem(source.location(), "text '" + source.textFile() + "' is larger than 10 MB",
                        "an article text is far smaller; check the file"));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(real))).toString());
        } catch (CharacterCodingException e) {
            problems.add(new Problem(source.location(), "text '" + source.textFile() + "' is not valid UTF-8", "save it as UTF-8"));
        } catch (IOException e) {
            problems.add(new Problem(source.location(), "cannot read text '" + source.textFile() + "': " + e.getMessage(), ""));
        }
        return java.util.Optional.empty();
    }
}
