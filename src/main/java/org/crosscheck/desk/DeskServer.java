package org.crosscheck.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.EditedDraft;
import org.crosscheck.model.ValueKind;

/**
 * The editor's desk over HTTP (Javalin on Jetty): the page and its two files, and the JSON API the
 * page calls. Every answer goes through {@link RequestGuard}; no part of a request is ever used as a
 * file-system path (the page's files are read from the jar by a fixed list of names).
 */
public final class DeskServer implements AutoCloseable {

    /** The desk's files, by the address they are served at: nothing else is served. */
    private static final Map<String, String[]> ASSETS = Map.of(
            "/desk.js", new String[] {"desk.js", "text/javascript; charset=utf-8"},
            "/desk.css", new String[] {"desk.css", "text/css; charset=utf-8"});
    private static final String PAGE = "index.html";
    private static final String CSRF_PLACEHOLDER = "{{csrf}}";

    private final DeskService service;
    private final DeskLimits limits;
    private final RequestGuard guard;
    private final ObjectMapper json = new ObjectMapper();
    private final String page;
    private final Map<String, byte[]> assets = new LinkedHashMap<>();
    private Javalin app;

    /** @param token the access token every request must carry; null on loopback without one */
    public DeskServer(DeskService service, DeskLimits limits, String token) {
        this.service = service;
        this.limits = limits;
        this.guard = new RequestGuard(token);
        this.page = new String(resource(PAGE), StandardCharsets.UTF_8);
        ASSETS.forEach((path, file) -> assets.put(path, resource(file[0])));
    }

    /** A fresh random access token, for {@code serve} to print when none was given. */
    public static String newToken() {
        return RequestGuard.newToken();
    }

    /** Starts listening on {@code host}:{@code port} (0 for any free port); returns the port. */
    public int start(String host, int port) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = Math.max(limits.maxUploadBytes(), limits.maxJsonBytes());
            config.routes.before(guard::check);
            config.routes.get("/", this::page);
            ASSETS.forEach((path, file) -> config.routes.get(path, ctx -> ctx.contentType(file[1]).result(assets.get(path))));
            config.routes.post("/api/analyze", this::analyze);
            config.routes.post("/api/check", this::check);
            config.routes.post("/api/upload", this::upload);
            config.routes.post("/api/load-draft", this::loadDraft);
            config.routes.exception(DeskException.class, (e, ctx) -> {
                if (e.location() != null) {
                    ctx.header("Location", e.location());
                }
                error(ctx, e.status(), e.getMessage(), e.hint(), null);
            });
            config.routes.exception(DeskService.Refused.class, (e, ctx) -> error(ctx, 422, "the draft cannot be checked",
                    "fix the problems listed", e.problems().stream().map(p -> new DeskView.ProblemView(null,
                            p.location().line(), p.location().column(), p.message(), p.hint())).toList()));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName(),
                    "this is a bug in crosscheck; the server's log (run with --debug) has the details", null));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || !ctx.result().startsWith("{")) {
                    error(ctx, 404, "no such page: " + ctx.path(), "open the desk at /", null);
                }
            });
        }).start(host, port);
        return app.port();
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }

    private void page(Context ctx) {
        String csrf = RequestGuard.csrfToken(ctx);
        ctx.contentType("text/html; charset=utf-8").result(page.replace(CSRF_PLACEHOLDER, csrf));
    }

    private void analyze(Context ctx) throws Exception {
        JsonNode body = jsonBody(ctx);
        String text = string(body, "text", true);
        if (text.length() > limits.maxTextChars()) {
            throw new DeskException(413, "the text has " + text.length() + " characters; the desk takes at most "
                    + limits.maxTextChars(), "check the draft in parts, or with 'crosscheck check --draft-text'");
        }
        String published = string(body, "published", false);
        send(ctx, service.analyze(text, published));
    }

    private void check(Context ctx) throws Exception {
        JsonNode body = jsonBody(ctx);
        JsonNode claims = body.get("claims");
        if (claims == null || !claims.isArray()) {
            throw new DeskException(400, "'claims' must be a list of claims", "send {\"claims\": [{\"subject\": …}], …}");
        }
        List<EditedDraft.Claim> kept = new ArrayList<>();
        int n = 0;
        for (JsonNode claim : claims) {
            n++;
            if (!claim.isObject()) {
                throw new DeskException(400, "claim " + n + " is not an object", "each claim is {subject, property, kind, value, quote}");
            }
            String kindLabel = string(claim, "kind", true);
            ValueKind kind = EditedDraft.kind(kindLabel).orElseThrow(() -> new DeskException(400, "claim " + ordinal(claim, kindLabel)
                    + " has the value kind '" + kindLabel + "'", "use one of date, quantity, duration, entity, text"));
            kept.add(new EditedDraft.Claim(null, string(claim, "subject", true), string(claim, "property", true), kind,
                    string(claim, "value", true), string(claim, "quote", false), null));
        }
        EditedDraft.Header header = new EditedDraft.Header(string(body, "sourceId", false), string(body, "title", false),
                string(body, "published", false));
        send(ctx, service.check(header, kept));
    }

    private static String ordinal(JsonNode claim, String kind) {
        JsonNode subject = claim.get("subject");
        return subject != null && subject.isTextual() ? "about " + subject.asText() : "with kind " + kind;
    }

    private void upload(Context ctx) throws Exception {
        String name = fileName(ctx);
        byte[] bytes = rawBody(ctx);
        try {
            String text = UploadedDocument.text(name, bytes);
            if (text.length() > limits.maxTextChars()) {
                throw new DeskException(413, "the file's text has " + text.length() + " characters; the desk takes at most "
                        + limits.maxTextChars(), "check the draft in parts, or with 'crosscheck check --draft-text'");
            }
            send(ctx, new DeskView.UploadedText(name, text));
        } catch (UploadedDocument.Unreadable e) {
            throw new DeskException(400, e.getMessage(), e.hint());
        }
    }

    private void loadDraft(Context ctx) throws Exception {
        String name = fileName(ctx);
        if (!name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.ya?ml")) {
            throw new DeskException(400, "'" + name + "' is not a .yaml file", "load the draft file the desk wrote (.yaml)");
        }
        send(ctx, service.load(name, rawBody(ctx)));
    }

    /** The uploaded file's name, for its extension and for messages only: no directory part is kept. */
    private static String fileName(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw new DeskException(400, "the upload has no file name", "send the file's name as ?name=draft.docx");
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
    }

    private byte[] rawBody(Context ctx) {
        long length = ctx.contentLength();
        if (length > limits.maxUploadBytes()) {
            throw tooLarge(length, limits.maxUploadBytes());
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > limits.maxUploadBytes()) {
            throw tooLarge(bytes.length, limits.maxUploadBytes());
        }
        if (bytes.length == 0) {
            throw new DeskException(400, "the upload is empty", "choose a file that holds the draft");
        }
        return bytes;
    }

    private static DeskException tooLarge(long bytes, int limit) {
        return new DeskException(413, "the upload has " + bytes + " bytes; the desk takes at most " + limit,
                "upload the draft's text without pictures (.txt), or paste it");
    }

    private JsonNode jsonBody(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new DeskException(415, "the request must be JSON (Content-Type: application/json)", "send the request as the desk's page does");
        }
        if (ctx.contentLength() > limits.maxJsonBytes()) {
            throw new DeskException(413, "the request has " + ctx.contentLength() + " bytes; the desk takes at most "
                    + limits.maxJsonBytes(), "check the draft in parts");
        }
        try {
            JsonNode node = json.readTree(ctx.bodyAsBytes());
            if (node == null || !node.isObject()) {
                throw new DeskException(400, "the request is not a JSON object", "send {\"text\": \"…\", \"published\": \"YYYY-MM-DD\"}");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new DeskException(400, "the request is not valid JSON: line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), "send the request as the desk's page does");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String string(JsonNode body, String field, boolean required) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new DeskException(400, "'" + field + "' is missing", "send '" + field + "' as a string");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new DeskException(400, "'" + field + "' must be a string, not " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
                    "send '" + field + "' as a string");
        }
        return node.asText();
    }

    private void send(Context ctx, Object answer) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(answer));
    }

    private void error(Context ctx, int status, String message, String hint, List<DeskView.ProblemView> problems) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error", message);
        answer.put("hint", hint);
        if (problems != null) {
            answer.put("problems", problems);
        }
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(answer));
        } catch (JsonProcessingException e) {
            ctx.status(status).result("{\"error\":\"cannot write the error\"}");
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DeskServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the desk's file " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
