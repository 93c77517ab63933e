package org.crosscheck.values;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every currency the JDK knows (ISO 4217), by code and by English name, so that no currency word is
 * ever taken for what is counted: "42 KWD" and "42 Kuwaiti dinars" are 42 KWD. "10 dinars", which eight
 * countries pay in, is read as it is written, in a currency of its own, "dinar (country not stated)":
 * the reader knows it is ten dinars, not which country's, so the amount is compared with other amounts
 * in dinars of no stated country and never with an ISO code. Cents, pennies and pence without a currency
 * are likewise kept as "cent (currency not stated)". Newsroom conventions crosscheck has always kept: "$"
 * and "dollars" are US dollars, "shillings" Kenyan shillings, "yuan" Chinese yuan; "pounds" alone may be
 * money or weight and is refused, as are slang words ("bucks", "quid", "grand") and abbreviations
 * several currencies share ("kr").
 */
public final class Currencies {

    /**
     * A currency word read: the unit the amount is kept in (an ISO code, or a currency of no stated
     * country, see {@link #unstated}), or why it is refused, and how many tokens it took.
     */
    public record Match(String code, String ambiguity, int used) {
    }

    /** The end of a currency unit whose country the text does not state: "dinar (country not stated)". */
    private static final String NO_COUNTRY = " (country not stated)";
    /** Hundredths written without their currency ("10 cents", "ten pennies", "10¢"). */
    public static final String CENTS = "cent (currency not stated)";
    /** Abbreviations several currencies share: refused, since no word says which family is meant either. */
    private static final Set<String> SHARED_ABBREVIATIONS = Set.of("kr");

    private static final Map<String, String> CODES = new HashMap<>();
    private static final Map<String, Set<String>> NAMES = new HashMap<>();
    /** Codes that are English words in lower case ("all", "top", "cup"): read as a currency only in capitals. */
    private static final Set<String> WORDLIKE_CODES = Set.of("all", "top", "cup", "try", "mad", "bob", "ron", "nad", "mop",
            "sos", "php", "fjd", "gel", "bam", "pen", "tot", "lsl", "ang", "mga", "hnl", "sit", "esp", "che", "dem", "mro", "ats",
            "lak", "bif", "ars", "std", "eek", "xxx", "xts", "cop", "cuc", "mur", "jod", "kes", "usn", "uss");
    /** Currency name words that are also everyday English words; only a full name ("South Korean won") reads them. */
    private static final Set<String> EVERYDAY = Set.of("gold", "silver", "platinum", "palladium", "unit", "units", "mark", "marks",
            "won", "som", "real", "fund", "rate", "code", "testing", "transactions", "drawing", "rights", "special", "gulden",
            "pound", "pounds", "lev", "leu", "lei", "kip", "dong", "vatu", "lek", "pula", "loti", "tenge", "tala", "pa'anga");
    private static final Map<String, String> CONVENTIONS = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("us dollar", "USD"), Map.entry("us dollars", "USD"),
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("shilling", "KES"), Map.entry("shillings", "KES"), Map.entry("kenyan shillings", "KES"),
            Map.entry("kenya shillings", "KES"), Map.entry("pounds sterling", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("rupee", "INR"), Map.entry("rupees", "INR"), Map.entry("rmb", "CNY"),
            // abbreviations and local names that reporting uses
            Map.entry("rm", "MYR"), Map.entry("rs", "INR"), Map.entry("le", "EGP"), Map.entry("geneh", "EGP"),
            Map.entry("genihat masriya", "EGP"), Map.entry("shekel", "ILS"), Map.entry("shekels", "ILS"),
            Map.entry("riyal", "SAR/QAR"), Map.entry("riyals", "SAR/QAR"), Map.entry("qatari riyal", "QAR"),
            Map.entry("qatari riyals", "QAR"), Map.entry("saudi riyal", "SAR"), Map.entry("saudi riyals", "SAR"),
            Map.entry("saudiriyal", "SAR"), Map.entry("saudiriyals", "SAR"),
            Map.entry("tugrik", "MNT"), Map.entry("tugriks", "MNT"), Map.entry("ringgits", "MYR"),
            Map.entry("kroner", "NOK/DKK"), Map.entry("kronor", "SEK"), Map.entry("kr", "SEK/NOK/DKK/ISK"));
    /** Money words that name no currency: refused. */
    private static final Map<String, String> UNNAMED = Map.of(
            "bucks", "'bucks' names no currency: write USD, $ or the currency",
            "grand", "'grand' is slang for a thousand: write 1,000 and the currency",
            "quid", "'quid' is slang: write £ and the amount");
    /** Hundredths of a currency the text does not name. */
    private static final Set<String> HUNDREDTHS = Set.of("cent", "cents", "¢", "penny", "pennies", "pence");

    static {
        Map<String, Set<String>> byLastWord = new TreeMap<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            String code = c.getCurrencyCode().toLowerCase(Locale.ROOT);
            CODES.put(code, c.getCurrencyCode());
            String name = c.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (name.contains("(") || name.equals(code)) {
                continue; // historical currencies ("Zimbabwean Dollar (1980-2008)")
            }
            if (EVERYDAY.contains(name)) {
                continue; // "Gold", "Silver": the JDK's names of XAU and XAG; "seven gold medals" is no money
            }
            for (String form : List.of(name, name + "s", name.replace(" ", ""), name.replace(" ", "") + "s")) {
                NAMES.computeIfAbsent(form, k -> new TreeSet<>()).add(c.getCurrencyCode());
            }
            String[] words = name.split(" ");
            String last = words[words.length - 1];
            if (!EVERYDAY.contains(last)) {
                byLastWord.computeIfAbsent(last, k -> new TreeSet<>()).add(c.getCurrencyCode());
                byLastWord.computeIfAbsent(last + "s", k -> new TreeSet<>()).add(c.getCurrencyCode());
            }
        }
        // "Malaysia ringgit": a country's name before its currency's word, from the JDK's locales
        for (Locale locale : Locale.getAvailableLocales()) {
            if (locale.getCountry().length() != 2) {
                continue;
            }
            try {
                Currency c = Currency.getInstance(locale);
                String name = c.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
                String[] words = name.split(" ");
                String country = locale.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
                String word = words[words.length - 1];
                if (!country.isEmpty() && !name.contains("(") && !EVERYDAY.contains(word)) {
                    NAMES.computeIfAbsent(country + " " + word, k -> new TreeSet<>()).add(c.getCurrencyCode());
                    NAMES.computeIfAbsent(country + " " + word + "s", k -> new TreeSet<>()).add(c.getCurrencyCode());
                }
            } catch (IllegalArgumentException noCurrency) {
                // a locale without a currency (Antarctica) names none
            }
        }
        byLastWord.forEach((word, codes) -> NAMES.merge(word, codes, (a, b) -> a));
        CONVENTIONS.forEach((word, code) -> NAMES.put(word, new TreeSet<>(List.of(code.split("/")))));
        // names whose currencies were replaced keep reading as the current one: the current one is listed in the JDK too
        NAMES.put("bulgarian lev", new TreeSet<>(Set.of("BGN")));
        NAMES.put("bulgarian levs", new TreeSet<>(Set.of("BGN")));
    }

    private Currencies() {
    }

    /**
     * The currency named at {@code from}, if any: an ISO code (in capitals when it is also an English
     * word), a name ("Kuwaiti dinar", "ringgits"), a convention ("dollars"), or a word that names no
     * currency ("bucks", "cents"), which comes back with its refusal.
     *
     * @param capitals the tokens that were written in capitals, lower-cased ("kwd", "all")
     */
    public static Optional<Match> at(List<String> tokens, int from, Set<String> capitals) {
        for (int n = Math.min(3, tokens.size() - from); n >= 1; n--) {
            String phrase = String.join(" ", tokens.subList(from, from + n));
            Set<String> codes = NAMES.get(phrase);
            if (codes != null) {
                if (codes.size() == 1) {
                    return Optional.of(new Match(codes.iterator().next(), null, n));
                }
                String why = "'" + phrase + "' may be any of " + String.join(", ", codes);
                return Optional.of(n > 1 || SHARED_ABBREVIATIONS.contains(phrase) ? new Match(null, why, n)
                        : new Match(unstated(tokens.get(from + n - 1)), null, n));
            }
        }
        if (from >= tokens.size()) {
            return Optional.empty();
        }
        String t = tokens.get(from);
        if (HUNDREDTHS.contains(t)) {
            return Optional.of(new Match(CENTS, null, 1));
        }
        if (UNNAMED.containsKey(t)) {
            return Optional.of(new Match(null, UNNAMED.get(t), 1));
        }
        String code = CODES.get(t);
        if (code != null && (!WORDLIKE_CODES.contains(t) || capitals.contains(t))) {
            return Optional.of(new Match(code, null, 1));
        }
        return Optional.empty();
    }

    /**
     * The unit of a currency word several countries use, in the singular, with no country: "dinars" and
     * "Iraqi dinar"'s family word "dinar" give "dinar (country not stated)"; "kroner" gives "krone (...)".
     */
    public static String unstated(String word) {
        String singular = word.equals("kroner") ? "krone" : word.endsWith("s") && NAMES.containsKey(word.substring(0, word.length() - 1))
                ? word.substring(0, word.length() - 1) : word;
        return singular + NO_COUNTRY;
    }

    /**
     * Whether a quantity's unit is money: an ISO code (three capitals) or a currency whose country or
     * currency the text does not state; amounts of money are compared per currency, never across.
     */
    public static boolean isMoneyUnit(String unit) {
        return unit.length() == 3 && unit.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z') || unit.endsWith(" not stated)");
    }

    /**
     * Currency signs that the JDK's locales give to one currency only ("₦" NGN, "₭" LAK, "₾" GEL, "₽" RUB); a sign
     * several currencies use ("$", "£", "¥", "₩", "kr") is not here (crosscheck's own conventions read "$", "£", "¥").
     * Built on first use, and only for a token that is one currency sign: asking every locale for its sign loads
     * each locale's currency names, 0.6–0.7 s that every cold check paid before its first amount, and few texts
     * ever write such a sign.
     */
    private static final class Signs {
        static final Map<String, String> UNIQUE = signs();
    }

    private static Optional<String> signOf(String token) {
        if (token.isEmpty() || token.codePointCount(0, token.length()) != 1
                || Character.getType(token.codePointAt(0)) != Character.CURRENCY_SYMBOL) {
            return Optional.empty();
        }
        return Optional.ofNullable(Signs.UNIQUE.get(token));
    }

    private static Map<String, String> signs() {
        Map<String, Set<String>> codes = new TreeMap<>();
        for (Locale locale : Locale.getAvailableLocales()) {
            if (locale.getCountry().length() != 2) {
                continue;
            }
            Currency currency;
            try {
                currency = Currency.getInstance(locale);
            } catch (IllegalArgumentException noCurrency) {
                continue;
            }
            if (currency == null) {
                continue;
            }
            String sign = currency.getSymbol(locale);
            if (sign.codePointCount(0, sign.length()) == 1 && Character.getType(sign.codePointAt(0)) == Character.CURRENCY_SYMBOL) {
                codes.computeIfAbsent(sign, k -> new java.util.TreeSet<>()).add(currency.getCurrencyCode());
            }
        }
        Map<String, String> unique = new HashMap<>();
        codes.forEach((sign, all) -> {
            if (all.size() == 1) {
                unique.put(sign, all.iterator().next());
            }
        });
        return Map.copyOf(unique);
    }

    /** The one currency a sign names ("₦" NGN), or empty. */
    public static Optional<String> sign(String token) {
        return signOf(token);
    }

    /** Whether {@code code}, in capitals, is an ISO 4217 code the JDK knows ("USD", "AUD"). */
    public static boolean isIsoCode(String code) {
        return code.length() == 3 && CODES.containsKey(code.toLowerCase(Locale.ROOT));
    }

    /** Whether the token names money, so that a reader meeting it after the number never drops it. */
    public static boolean isMoneyWord(String token, Set<String> capitals) {
        return NAMES.containsKey(token) || UNNAMED.containsKey(token) || HUNDREDTHS.contains(token) || signOf(token).isPresent()
                || CODES.containsKey(token) && (!WORDLIKE_CODES.contains(token) || capitals.contains(token));
    }
}
