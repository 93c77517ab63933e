package org.crosscheck.desk;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Who may use the desk, and from where: the access token (required when the desk listens beyond
 * this machine), a per-session CSRF token on every state-changing request (a SameSite=Strict cookie
 * that the request's header must repeat), and the Origin check. Also sets the headers every answer
 * carries, among them the Content-Security-Policy.
 */
final class RequestGuard {

    static final String AUTH_COOKIE = "crosscheck_desk_auth";
    static final String CSRF_COOKIE = "crosscheck_desk_csrf";
    static final String CSRF_HEADER = "X-Crosscheck-Csrf";
    /**
     * Scripts and styles only from the desk's own files, no inline script or style, no frames, and
     * requests only to the desk itself; the report's policy, with 'self' where the report inlines.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;

    /** @param token the access token every request must carry; null when the desk listens on loopback only */
    RequestGuard(String token) {
        this.token = token;
    }

    /** Runs before every handler: headers, then the access token, then (for POST) CSRF and Origin. */
    void check(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        if (token != null) {
            checkToken(ctx);
        }
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            checkOrigin(ctx);
            checkCsrf(ctx);
        }
    }

    private void checkToken(Context ctx) {
        String bearer = ctx.header("Authorization");
        if (bearer != null && bearer.startsWith("Bearer ") && same(bearer.substring(7).strip(), token)) {
            return;
        }
        if (same(ctx.cookie(AUTH_COOKIE), token)) {
            return;
        }
        String asked = ctx.queryParam("token");
        if (ctx.method() == HandlerType.GET && "/".equals(ctx.path()) && same(asked, token)) {
            // the link with the token is opened once; the cookie carries it from then on, and the
            // address bar (and the browser's history) no longer shows it
            ctx.header("Set-Cookie", cookie(AUTH_COOKIE, token, true));
            throw new DeskException(303, "signed in", "continue to /", "/");
        }
        throw new DeskException(401, "this desk needs its access token",
                "open the link 'crosscheck serve' printed (it ends in ?token=…), or send 'Authorization: Bearer <token>'");
    }

    /** A cross-site page may send a POST; only the desk's own page may send one that counts. */
    private static void checkOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new DeskException(403, "request from another site (" + site + ")", "use the desk from its own page");
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return; // not a browser's cross-origin request; the CSRF token still has to match
        }
        String host = ctx.header("Host");
        String originAuthority;
        try {
            originAuthority = URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            originAuthority = null;
        }
        if (host == null || originAuthority == null || !originAuthority.equalsIgnoreCase(host)) {
            throw new DeskException(403, "request from another origin (" + origin + ")",
                    "use the desk from its own page; a proxy in front of it must pass the Host header through");
        }
    }

    private static void checkCsrf(Context ctx) {
        String cookie = ctx.cookie(CSRF_COOKIE);
        String header = ctx.header(CSRF_HEADER);
        if (cookie == null || cookie.isEmpty() || !same(header, cookie)) {
            throw new DeskException(403, "missing or wrong CSRF token",
                    "reload the desk's page; a request must come from it, with its " + CSRF_HEADER + " header");
        }
    }

    /** The session's CSRF token: the cookie's when the browser has one, else a new one set as a cookie. */
    static String csrfToken(Context ctx) {
        String existing = ctx.cookie(CSRF_COOKIE);
        if (existing != null && existing.matches("[0-9a-f]{64}")) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String fresh = HexFormat.of().formatHex(bytes);
        ctx.res().addHeader("Set-Cookie", cookie(CSRF_COOKIE, fresh, true));
        return fresh;
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String cookie(String name, String value, boolean httpOnly) {
        return name + "=" + value + "; Path=/; SameSite=Strict" + (httpOnly ? "; HttpOnly" : "");
    }

    /** Compared in constant time, so the token cannot be guessed a character at a time. */
    private static boolean same(String given, String expected) {
        if (given == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
