package org.crosscheck.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a written value into the tokens the readers work on: lower case, a number apart from what is
 * glued to it ("3km", "Sh600", "2.5bn", "3½", "5%"), hyphens opened between words the readers know
 * ("twenty-one", "$3.2-billion", "three-day", "million-plus") and kept as a "-" token between numbers
 * ("3-5", "22–26"), a trailing comma as its own token. A hyphenated word the readers do not know
 * ("m-pesa", "first-time") stays whole, so it cannot be mistaken for a scale or a unit.
 */
public final class Tokens {

    /** Letters glued before a number: a currency ("sh600", "ksh2.5bn", "us$4.7"), or a comparison sign (">10", "≤5"). */
    private static final Pattern LETTERS_THEN_NUMBER = Pattern.compile("([a-z]{1,4}\\$?|\\p{Sc}|~|>=|<=|>|<|≥|≤)(\\.?)(\\d.*|\\.\\d.*)");
    /** A number with letters or a sign glued after it ("3km", "2.5bn", "5%", "3½", "250ml"); not an ordinal. */
    private static final Pattern NUMBER_THEN_REST = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)([^\\d,./].*)");
    /** A length unit's symbol with 2 or 3 for squared or cubed, as plain text writes km² and m³. */
    private static final Pattern SQUARED_OR_CUBED = Pattern.compile("(?:km|m|cm|mm|dm|ft|mi|yd)[23]");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
    private static final Pattern DECADE = Pattern.compile("\\d+0s");
    // compiled once (String.split and String.matches compiled them for every value)
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DOTTED = Pattern.compile("[a-z](?:\\.[a-z])+\\.?s?|[a-z]+\\.");
    /** A scale letter glued to a currency sign after a number ("10k$", "3m€"): the two are read apart. */
    private static final Pattern SCALE_THEN_SIGN = Pattern.compile("(k|m|b|bn|mn)([$€£¥₹])");

    private Tokens() {
    }

    /**
     * The tokens of {@code written}.
     *
     * @param known the words a hyphen may be opened between ("twenty-one", "three-day"); others keep their hyphen
     */
    public static List<String> of(String written, Predicate<String> known) {
        String text = written.toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-')
                .replace('\u2019', '\'').replace('\u00a0', ' ').replace('\u202f', ' ').trim();
        List<String> out = new ArrayList<>();
        for (String chunk : WHITESPACE.split(text)) {
            if (!chunk.isEmpty()) {
                chunk(chunk, known, out);
            }
        }
        return out;
    }

    private static void chunk(String raw, Predicate<String> known, List<String> out) {
        String chunk = raw;
        boolean comma = false;
        while (chunk.length() > 1 && (chunk.endsWith(",") || chunk.endsWith(";"))) {
            chunk = chunk.substring(0, chunk.length() - 1);
            comma = true;
        }
        if (chunk.length() > 1 && chunk.endsWith(".") && !chunk.equals("c.")) {
            chunk = chunk.substring(0, chunk.length() - 1);
        }
        if (chunk.indexOf('.') > 0 && DOTTED.matcher(chunk).matches()) {
            chunk = chunk.replace(".", ""); // "k.g.", "sh.", "u.s."
        }
        hyphenated(chunk, known, out);
        if (comma) {
            out.add(",");
        }
    }

    private static void hyphenated(String chunk, Predicate<String> known, List<String> out) {
        if (chunk.length() > 1 && chunk.charAt(0) == '-' && (Character.isDigit(chunk.charAt(1)) || chunk.charAt(1) == '~')) {
            out.add("-"); // "2 -7 g": the second end of a range
            hyphenated(chunk.substring(1), known, out);
            return;
        }
        if (chunk.length() > 1 && chunk.indexOf('-') > 0 && !chunk.endsWith("-")) {
            String[] parts = chunk.split("-", -1);
            List<List<String>> split = new ArrayList<>();
            boolean allKnown = true;
            for (String part : parts) {
                List<String> pieces = new ArrayList<>();
                glued(part, pieces);
                split.add(pieces);
                for (String piece : pieces) {
                    allKnown &= !piece.isEmpty() && (known.test(piece) || Character.isDigit(piece.charAt(0))
                            || piece.charAt(0) == '~' || piece.charAt(0) == '$' || piece.charAt(0) == '.');
                }
            }
            if (allKnown) {
                for (int i = 0; i < split.size(); i++) {
                    List<String> pieces = split.get(i);
                    if (i > 0 && startsNumber(pieces.get(0)) && endsNumberOrUnit(split.get(i - 1))) {
                        out.add("-");
                    }
                    out.addAll(pieces);
                }
                return;
            }
            out.add(chunk);
            return;
        }
        glued(chunk, out);
    }

    private static boolean hasDigit(String chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            if (Character.isDigit(chunk.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsNumber(String piece) {
        return !piece.isEmpty() && (Character.isDigit(piece.charAt(0)) || piece.charAt(0) == '~' || piece.charAt(0) == '$'
                || piece.charAt(0) == '.' || piece.charAt(0) == '£' || piece.charAt(0) == '€');
    }

    private static boolean endsNumberOrUnit(List<String> pieces) {
        return !pieces.isEmpty();
    }

    /** "sh600" to "sh", "600"; "3km" to "3", "km"; "2.5bn" to "2.5", "bn"; "$4.7" to "$", "4.7". */
    private static void glued(String chunk, List<String> out) {
        if (chunk.isEmpty() || !hasDigit(chunk)) {
            out.add(chunk); // every pattern below needs a digit; most tokens are words, and a matcher each costs more than this look
            return;
        }
        if (SQUARED_OR_CUBED.matcher(chunk).matches()) {
            out.add(chunk); // "km2", "m3": a unit squared or cubed, not letters before a number
            return;
        }
        Matcher prefix = LETTERS_THEN_NUMBER.matcher(chunk);
        if (prefix.matches()) {
            out.add(prefix.group(1));
            glued(prefix.group(3), out);
            return;
        }
        if (ORDINAL.matcher(chunk).matches() || DECADE.matcher(chunk).matches()) {
            out.add(chunk);
            return;
        }
        Matcher suffix = NUMBER_THEN_REST.matcher(chunk);
        if (suffix.matches()) {
            out.add(suffix.group(1));
            String rest = suffix.group(2);
            if (rest.length() > 1 && Cardinals.FRACTION_GLYPHS.containsKey(rest.substring(0, 1))) {
                out.add(rest.substring(0, 1));
                rest = rest.substring(1);
            }
            Matcher scaleSign = SCALE_THEN_SIGN.matcher(rest);
            if (scaleSign.matches()) {
                out.add(scaleSign.group(1));
                out.add(scaleSign.group(2));
                return;
            }
            out.add(rest);
            return;
        }
        out.add(chunk);
    }
}
