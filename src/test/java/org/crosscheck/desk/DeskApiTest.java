package org.crosscheck.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crosscheck.model.CheckResult;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's JSON API over real HTTP, on an ephemeral loopback port, against the bundled corpus. */
class DeskApiTest {

    static final String NATO_30 = "NATO is an intergovernmental security alliance of 30 countries from North America and Europe "
            + "which was formed in 1949.";

    static DeskFixture desk;

    @BeforeAll
    static void start() throws Exception {
        desk = DeskFixture.bundled();
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    void thePageCarriesItsPolicyAndASameSiteCsrfCookie() throws Exception {
        HttpResponse<String> page = desk.send(HttpRequest.newBuilder(URI.create(desk.base + "/")).build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(RequestGuard.CSP);
        assertThat(RequestGuard.CSP).contains("script-src 'self'").doesNotContain("unsafe-inline");
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(RequestGuard.CSRF_COOKIE + "=").contains("SameSite=Strict", "HttpOnly");
        assertThat(page.body()).contains(cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';')))
                .doesNotContain("<script>").contains("<script src=\"/desk.js\" defer></script>");
        HttpResponse<String> script = desk.send(HttpRequest.newBuilder(URI.create(desk.base + "/desk.js")).build());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(script.body()).doesNotContain("innerHTML");
    }

    @Test
    void aPastedSentenceIsExtractedAndItsWrongCountFlaggedWithTheRecord() throws Exception {
        JsonNode answer = desk.read(ok(desk.postJson("/api/analyze", desk.session(),
                Map.of("text", NATO_30, "published", "2024-05-23"))));
        assertThat(answer.get("sentences")).hasSize(1);
        JsonNode claim = find(answer.get("claims"), "property", "member-count");
        assertThat(claim.get("subject").asText()).isEqualTo("nato");
        assertThat(claim.get("value").asText()).isEqualTo("30");
        assertThat(NATO_30.substring(claim.get("start").asInt(), claim.get("end").asInt())).isEqualTo("30");
        JsonNode outcome = answer.get("outcome");
        assertThat(outcome.get("statuses").get(claim.get("id").asText()).asText()).isEqualTo("contradicted");
        JsonNode finding = find(outcome.get("findings"), "rule", "REFERENCE-CONFLICT");
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("draftClaims").get(0).asText()).isEqualTo(claim.get("id").asText());
        assertThat(finding.get("references").get(0).get("value").asText()).isEqualTo("32");
        assertThat(finding.get("claims").get(0).get("quote").asText()).contains("30");
        assertThat(outcome.get("summary").get("contradicted").asInt()).isGreaterThanOrEqualTo(1);
        int claims = outcome.get("summary").get("claims").asInt();
        assertThat(outcome.get("summary").get("checked").asInt() + outcome.get("summary").get("rejected").asInt()).isEqualTo(claims);
        assertThat(outcome.get("draft").asText()).contains("status: draft");
    }

    @Test
    void aCorrectedValueIsConfirmedAndTheKeptDraftLoadsBackAndChecksClean(@TempDir Path dir) throws Exception {
        DeskFixture.Session session = desk.session();
        Map<String, Object> body = Map.of("sourceId", "draft-nato-piece", "published", "2024-05-23", "claims", List.of(
                Map.of("subject", "nato", "property", "member-count", "kind", "quantity", "value", "32",
                        "quote", "NATO is an intergovernmental security alliance of 32 countries")));
        JsonNode outcome = desk.read(ok(desk.postJson("/api/check", session, body)));
        assertThat(outcome.get("statuses").get("draft-nato-piece-1").asText()).isEqualTo("confirmed");
        // the archive's "30 countries" is still an error, with the draft named as its support; nothing blames the draft
        for (JsonNode finding : outcome.get("findings")) {
            if (!finding.get("draftClaims").isEmpty()) {
                assertThat(finding.get("severity").asText()).as(finding.toString()).isEqualTo("info");
            }
        }
        assertThat(find(outcome.get("findings"), "rule", "REFERENCE-CONFLICT").get("support").get(0).get("id").asText())
                .isEqualTo("draft-nato-piece-1");
        String yaml = outcome.get("draft").asText();

        // the file downloaded loads back into the desk with the same claim
        JsonNode loaded = desk.read(ok(desk.send(desk.post("/api/load-draft?name=draft-nato-piece.yaml", session,
                "application/octet-stream", HttpRequest.BodyPublishers.ofString(yaml)).build())));
        assertThat(loaded.get("sourceId").asText()).isEqualTo("draft-nato-piece");
        assertThat(loaded.get("published").asText()).isEqualTo("2024-05-23");
        assertThat(loaded.get("claims").get(0).get("value").asText()).isEqualTo("32");
        assertThat(loaded.get("outcome").get("statuses").get("draft-nato-piece-1").asText()).isEqualTo("confirmed");

        // and 'check --draft' reads it with no problem
        Path file = dir.resolve("draft-nato-piece.yaml");
        Files.writeString(file, yaml);
        CheckResult result = new CheckPipeline().check(CheckRequest.of(DeskFixture.FACTS, DeskFixture.RULES)
                .withSettings(Path.of("crosscheck.yaml")).withDraft(file));
        assertThat(result.problems()).isEmpty();
        assertThat(result.statuses().of("draft-nato-piece-1").label()).isEqualTo("confirmed");
    }

    @Test
    void anEditedValueTheReaderRefusesIsNamedNotDropped() throws Exception {
        Map<String, Object> body = Map.of("published", "2024-05-23", "claims", List.of(
                Map.of("subject", "nato", "property", "member-count", "kind", "quantity", "value", "32", "quote", "32 countries"),
                Map.of("subject", "kenya-mnna-designation", "property", "designation-date", "kind", "date",
                        "value", "the thirty-second of June", "quote", "on the thirty-second of June")));
        JsonNode outcome = desk.read(ok(desk.postJson("/api/check", desk.session(), body)));
        JsonNode summary = outcome.get("summary");
        assertThat(summary.get("claims").asInt()).isEqualTo(2);
        assertThat(summary.get("checked").asInt() + summary.get("rejected").asInt()).isEqualTo(2);
        assertThat(outcome.get("problems")).isNotEmpty();
        JsonNode problem = outcome.get("problems").get(0);
        assertThat(problem.get("claim").asText()).isEqualTo("draft-desk-2");
        assertThat(problem.get("message").asText()).contains("thirty-second of June");
    }

    @Test
    void aStateChangingRequestWithoutTheCsrfTokenIsRefused() throws Exception {
        String body = "{\"text\": \"" + NATO_30 + "\"}";
        HttpResponse<String> none = desk.send(HttpRequest.newBuilder(URI.create(desk.base + "/api/analyze"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(desk.read(none).get("error").asText()).contains("CSRF");

        DeskFixture.Session session = desk.session();
        HttpResponse<String> wrong = desk.send(HttpRequest.newBuilder(URI.create(desk.base + "/api/analyze"))
                .header("Content-Type", "application/json").header("Cookie", session.cookie())
                .header(RequestGuard.CSRF_HEADER, "0".repeat(64)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(wrong.statusCode()).isEqualTo(403);

        HttpResponse<String> foreign = desk.send(desk.post("/api/analyze", session, "application/json",
                HttpRequest.BodyPublishers.ofString(body)).header("Origin", "https://evil.example").build());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(desk.read(foreign).get("error").asText()).contains("another origin");

        HttpResponse<String> crossSite = desk.send(desk.post("/api/analyze", session, "application/json",
                HttpRequest.BodyPublishers.ofString(body)).header("Sec-Fetch-Site", "cross-site").build());
        assertThat(crossSite.statusCode()).isEqualTo(403);

        HttpResponse<String> sameOrigin = desk.send(desk.post("/api/analyze", session, "application/json",
                HttpRequest.BodyPublishers.ofString(body)).header("Origin", desk.base).build());
        assertThat(sameOrigin.statusCode()).isEqualTo(200);
    }

    @Test
    void badRequestsAreAnsweredWithWhatIsWrongAndHowToFixIt() throws Exception {
        DeskFixture.Session session = desk.session();
        HttpResponse<String> notJson = desk.postJson("/api/analyze", session, "{\"text\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(desk.read(notJson).get("error").asText()).contains("not valid JSON", "line 1");
        assertThat(desk.read(notJson).get("hint").asText()).isNotBlank();
        assertThat(notJson.body()).doesNotContain("at org.", "Exception");

        HttpResponse<String> missing = desk.postJson("/api/analyze", session, Map.of("published", "2024-05-23"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(desk.read(missing).get("error").asText()).isEqualTo("'text' is missing");

        HttpResponse<String> number = desk.postJson("/api/analyze", session, Map.of("text", 12));
        assertThat(desk.read(number).get("error").asText()).isEqualTo("'text' must be a string, not number");

        HttpResponse<String> form = desk.send(desk.post("/api/analyze", session, "text/plain",
                HttpRequest.BodyPublishers.ofString(NATO_30)).build());
        assertThat(form.statusCode()).isEqualTo(415);

        HttpResponse<String> badDate = desk.postJson("/api/analyze", session, Map.of("text", NATO_30, "published", "someday"));
        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(desk.read(badDate).get("problems").get(0).get("message").asText()).contains("'someday'");

        HttpResponse<String> empty = desk.postJson("/api/analyze", session, Map.of("text", "   \n  "));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(desk.read(empty).get("problems").get(0).get("message").asText()).contains("empty");

        HttpResponse<String> kind = desk.postJson("/api/check", session, Map.of("claims", List.of(
                Map.of("subject", "nato", "property", "member-count", "kind", "colour", "value", "32"))));
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(desk.read(kind).get("error").asText()).contains("'colour'");
    }

    @Test
    void noPathFromTheBrowserReachesTheFileSystem() throws Exception {
        for (String path : List.of("/../pom.xml", "/%2e%2e/pom.xml", "/desk.js/../../pom.xml", "/org/crosscheck/desk/index.html",
                "/facts/entities.yaml", "/index.html")) {
            HttpResponse<String> answer = desk.send(HttpRequest.newBuilder(URI.create(desk.base + path)).build());
            assertThat(answer.statusCode()).as(path).isIn(400, 404);
            assertThat(answer.body()).as(path).doesNotContain("<project", "entities:");
        }
        // an upload's name is a name: its directories are cut off and nothing is read from it
        HttpResponse<String> upload = desk.send(desk.post("/api/upload?name=" + java.net.URLEncoder.encode("../../../etc/passwd.txt",
                StandardCharsets.UTF_8), desk.session(), "application/octet-stream", HttpRequest.BodyPublishers.ofString(NATO_30)).build());
        JsonNode read = desk.read(ok(upload));
        assertThat(read.get("name").asText()).isEqualTo("passwd.txt");
        assertThat(read.get("text").asText()).isEqualTo(NATO_30);
    }

    @Test
    void aWordDocumentsParagraphsBecomeTheDraftsLines() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Kenya and the United States.");
            document.createParagraph().createRun().setText(NATO_30);
            document.write(bytes);
        }
        DeskFixture.Session session = desk.session();
        JsonNode read = desk.read(ok(desk.send(desk.post("/api/upload?name=draft.docx", session, "application/octet-stream",
                HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build())));
        assertThat(read.get("text").asText()).isEqualTo("Kenya and the United States.\n" + NATO_30);

        HttpResponse<String> notWord = desk.send(desk.post("/api/upload?name=draft.docx", session, "application/octet-stream",
                HttpRequest.BodyPublishers.ofString("plain text, not a zip")).build());
        assertThat(notWord.statusCode()).isEqualTo(400);
        assertThat(desk.read(notWord).get("error").asText()).contains("cannot be read as a Word document");

        HttpResponse<String> latin1 = desk.send(desk.post("/api/upload?name=draft.txt", session, "application/octet-stream",
                HttpRequest.BodyPublishers.ofByteArray("Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))).build());
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(desk.read(latin1).get("error").asText()).contains("not UTF-8");

        HttpResponse<String> pdf = desk.send(desk.post("/api/upload?name=draft.pdf", session, "application/octet-stream",
                HttpRequest.BodyPublishers.ofString("%PDF")).build());
        assertThat(desk.read(pdf).get("error").asText()).contains("neither a .txt nor a .docx");
    }

    @Test
    void textsAndUploadsOverTheLimitAreRefused() throws Exception {
        try (DeskFixture small = new DeskFixture(DeskFixture.FACTS, new DeskLimits(200, 1000), null)) {
            DeskFixture.Session session = small.session();
            HttpResponse<String> longText = small.postJson("/api/analyze", session, Map.of("text", NATO_30.repeat(2)));
            assertThat(longText.statusCode()).isEqualTo(413);
            assertThat(small.read(longText).get("error").asText()).contains("at most 200");
            assertThat(small.postJson("/api/analyze", session, Map.of("text", NATO_30)).statusCode()).isEqualTo(200);

            HttpResponse<String> bigUpload = small.send(small.post("/api/upload?name=a.txt", session, "application/octet-stream",
                    HttpRequest.BodyPublishers.ofByteArray(new byte[5000])).build());
            assertThat(bigUpload.statusCode()).isEqualTo(413);
        }
    }

    @Test
    void withATokenEveryRequestNeedsIt() throws Exception {
        String token = "t0ken-for-the-desk-test-0123456789";
        try (DeskFixture guarded = new DeskFixture(DeskFixture.FACTS, DeskLimits.DEFAULT, token)) {
            HttpResponse<String> page = guarded.send(HttpRequest.newBuilder(URI.create(guarded.base + "/")).build());
            assertThat(page.statusCode()).isEqualTo(401);
            assertThat(page.body()).doesNotContain("crosscheck-csrf");
            assertThat(guarded.send(HttpRequest.newBuilder(URI.create(guarded.base + "/desk.js")).build()).statusCode()).isEqualTo(401);
            assertThat(guarded.send(HttpRequest.newBuilder(URI.create(guarded.base + "/?token=wrong-token-wrong-token")).build())
                    .statusCode()).isEqualTo(401);

            HttpResponse<String> signIn = guarded.send(HttpRequest.newBuilder(URI.create(guarded.base + "/?token=" + token)).build());
            assertThat(signIn.statusCode()).isEqualTo(303);
            assertThat(signIn.headers().firstValue("Location")).hasValue("/");
            String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).contains("SameSite=Strict", "HttpOnly");
            String auth = cookie.substring(0, cookie.indexOf(';'));

            HttpResponse<String> withCookie = guarded.send(HttpRequest.newBuilder(URI.create(guarded.base + "/")).header("Cookie", auth).build());
            assertThat(withCookie.statusCode()).isEqualTo(200);

            HttpResponse<String> bearer = guarded.send(HttpRequest.newBuilder(URI.create(guarded.base + "/"))
                    .header("Authorization", "Bearer " + token).build());
            assertThat(bearer.statusCode()).isEqualTo(200);
            String csrf = bearer.body().replaceAll("(?s).*name=\"crosscheck-csrf\" content=\"([0-9a-f]{64})\".*", "$1");
            HttpResponse<String> api = guarded.send(HttpRequest.newBuilder(URI.create(guarded.base + "/api/analyze"))
                    .header("Authorization", "Bearer " + token).header("Cookie", RequestGuard.CSRF_COOKIE + "=" + csrf)
                    .header(RequestGuard.CSRF_HEADER, csrf).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + NATO_30 + "\"}")).build());
            assertThat(api.statusCode()).isEqualTo(200);
            HttpResponse<String> apiWithoutToken = guarded.send(HttpRequest.newBuilder(URI.create(guarded.base + "/api/analyze"))
                    .header("Cookie", RequestGuard.CSRF_COOKIE + "=" + csrf).header(RequestGuard.CSRF_HEADER, csrf)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + NATO_30 + "\"}")).build());
            assertThat(apiWithoutToken.statusCode()).isEqualTo(401);
        }
    }

    static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    static JsonNode find(JsonNode list, String field, String value) {
        List<String> seen = new ArrayList<>();
        for (JsonNode node : list) {
            if (value.equals(node.get(field).asText())) {
                return node;
            }
            seen.add(node.get(field).asText());
        }
        throw new AssertionError("no " + field + " = " + value + " among " + seen);
    }
}
