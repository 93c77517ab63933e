package org.crosscheck.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;

/** A real desk on an ephemeral loopback port, over the bundled corpus (or a copy of it without one source file). */
final class DeskFixture implements AutoCloseable {

    static final Path FACTS = Path.of("facts");
    static final Path RULES = Path.of("rules");
    /** The seed article whose facts file the end-to-end tests remove: the Kenyan state visit, May 2024. */
    static final String SEED_SOURCE = "mnna-state-visit.yaml";

    final DeskServer server;
    final String base;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final ObjectMapper json = new ObjectMapper();
    final Path facts;

    DeskFixture(Path facts, DeskLimits limits, String token) throws Exception {
        this.facts = facts;
        DeskService service = DeskService.start(List.of(new CheckPipeline(), new CheckPipeline()),
                CheckRequest.of(facts, RULES).withSettings(Path.of("crosscheck.yaml")), step -> { });
        server = new DeskServer(service, limits, token);
        int port = server.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + port;
    }

    static DeskFixture bundled() throws Exception {
        return new DeskFixture(FACTS, DeskLimits.DEFAULT, null);
    }

    /** The bundled facts copied to {@code dir} without the seed article's facts file. */
    static Path factsWithoutSeed(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(FACTS)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = dir.resolve(FACTS.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(SEED_SOURCE)) {
                    Files.copy(p, target);
                }
            }
        }
        return dir;
    }

    /** The page, and the CSRF token it carries (the same as its cookie's). */
    Session session() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher meta = Pattern.compile("name=\"crosscheck-csrf\" content=\"([0-9a-f]{64})\"").matcher(page.body());
        if (!meta.find()) {
            throw new AssertionError("the page carries no CSRF token: " + page.statusCode());
        }
        return new Session(meta.group(1));
    }

    record Session(String csrf) {
        String cookie() {
            return RequestGuard.CSRF_COOKIE + "=" + csrf;
        }
    }

    HttpRequest.Builder post(String path, Session session, String contentType, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .header("Cookie", session.cookie()).header(RequestGuard.CSRF_HEADER, session.csrf()).POST(body);
    }

    HttpResponse<String> postJson(String path, Session session, Object body) throws Exception {
        String text = body instanceof String s ? s : json.writeValueAsString(body);
        return send(post(path, session, "application/json", HttpRequest.BodyPublishers.ofString(text)).build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode read(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
