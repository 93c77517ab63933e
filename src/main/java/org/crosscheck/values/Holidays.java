package org.crosscheck.values;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Named days whose date in a given year follows from the name alone: days fixed in the calendar
 * (Christmas, New Year's Eve), days counted from Western Easter (Good Friday, Pentecost), and days a
 * named country fixes by law ("US Thanksgiving"). A name whose day depends on the country, the church
 * or a lunar calendar is not here; {@link #unsure} says why it is refused instead of guessed.
 */
public final class Holidays {

    /** Each name as the date reader sees it (lower case, straight apostrophes optional), with its day in a year. */
    private static final Map<String, IntFunction<LocalDate>> DAYS = new LinkedHashMap<>();
    /** Names refused with the reason a reader cannot pin them to one day. */
    private static final Map<String, String> UNSURE = new LinkedHashMap<>();

    static {
        fixed("new year's day|new years day|new year's|new years|new year day", Month.JANUARY, 1);
        fixed("new year's eve|new years eve|new year eve", Month.DECEMBER, 31);
        fixed("christmas|christmas day|xmas|xmas day|christmas day", Month.DECEMBER, 25);
        fixed("christmas eve|xmas eve", Month.DECEMBER, 24);
        fixed("boxing day", Month.DECEMBER, 26);
        fixed("valentine's day|valentines day|valentine day|st valentine's day|saint valentine's day", Month.FEBRUARY, 14);
        fixed("halloween|hallowe'en", Month.OCTOBER, 31);
        fixed("all saints' day|all saints day|all saint's day", Month.NOVEMBER, 1);
        fixed("st patrick's day|st. patrick's day|saint patrick's day|st patricks day|st. patricks day|saint patricks day", Month.MARCH, 17);
        fixed("april fools' day|april fool's day|april fools day", Month.APRIL, 1);
        fixed("international women's day|international womens day", Month.MARCH, 8);
        fixed("the ides of march|ides of march", Month.MARCH, 15);
        fixed("epiphany|the epiphany", Month.JANUARY, 6);
        // days a named country fixes by law, read only under a name that country alone uses
        fixed("juneteenth", Month.JUNE, 19);
        fixed("guy fawkes night|guy fawkes day|bonfire night", Month.NOVEMBER, 5);
        nth("martin luther king day|martin luther king jr. day|martin luther king jr day|martin luther king, jr. day|mlk day",
                Month.JANUARY, 3, DayOfWeek.MONDAY);
        nth("presidents' day|presidents day|president's day|washington's birthday", Month.FEBRUARY, 3, DayOfWeek.MONDAY);
        nth("us thanksgiving|u.s. thanksgiving|american thanksgiving|thanksgiving in the us", Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
        nth("canadian thanksgiving|thanksgiving in canada", Month.OCTOBER, 2, DayOfWeek.MONDAY);
        nth("us labor day|u.s. labor day", Month.SEPTEMBER, 1, DayOfWeek.MONDAY);
        DAYS.put("us memorial day", year -> LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        DAYS.put("u.s. memorial day", DAYS.get("us memorial day"));
        // Western (Gregorian) Easter and the days the Western churches count from it
        fromEaster("easter|easter sunday|easter day", 0);
        fromEaster("easter monday", 1);
        fromEaster("holy saturday|easter saturday", -1);
        fromEaster("good friday", -2);
        fromEaster("maundy thursday|holy thursday", -3);
        fromEaster("palm sunday", -7);
        fromEaster("ash wednesday", -46);
        fromEaster("shrove tuesday|pancake day|mardi gras", -47);
        fromEaster("ascension day|ascension thursday|the ascension", 39);
        fromEaster("pentecost|pentecost sunday|whit sunday|whitsunday|whitsun", 49);
        fromEaster("whit monday|whitmonday|pentecost monday", 50);
        fromEaster("trinity sunday", 56);
        fromEaster("corpus christi", 60);

        unsure("thanksgiving|thanksgiving day", "Thanksgiving is the fourth Thursday of November in the United States and the second"
                + " Monday of October in Canada", "write 'US Thanksgiving', 'Canadian Thanksgiving' or the date");
        unsure("labor day|labour day", "Labour Day is 1 May in most countries and the first Monday of September in the United States"
                + " and Canada", "write the date, or 'US Labor Day'");
        unsure("memorial day", "Memorial Day is the last Monday of May in the United States; other countries keep days of that name"
                + " on other dates", "write the date, or 'US Memorial Day'");
        unsure("independence day|national day|veterans day|veterans' day|remembrance day|columbus day|may day|victory day",
                "the day of that name differs from country to country", "write the date");
        unsure("mother's day|mothers day|mother day|father's day|fathers day|father day",
                "the day of that name differs from country to country (the United Kingdom's Mothering Sunday follows Easter)",
                "write the date");
        unsure("orthodox easter|orthodox christmas", "the Orthodox churches count from the Julian calendar", "write the date");
        unsure("eid|eid al-fitr|eid al-adha|eid ul-fitr|eid ul-adha|ramadan|diwali|hanukkah|chanukah|rosh hashanah|yom kippur|passover"
                + "|chinese new year|lunar new year|the lunar new year|holi|vesak",
                "its day follows a lunar or lunisolar calendar and, for some, the sighting of the moon", "write the date");
    }

    private static final Pattern NAMES = Pattern.compile(DAYS.keySet().stream().sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote).collect(Collectors.joining("|")));

    /** A year after a name ("thanksgiving 2024", "eid of 2023"), dropped before the name is looked up. */
    private static final Pattern YEAR_AFTER = Pattern.compile(",? (?:of |in )?\\d{4}$");

    private Holidays() {
    }

    private static void fixed(String names, Month month, int day) {
        for (String name : names.split("\\|")) {
            DAYS.put(name, year -> LocalDate.of(year, month, day));
        }
    }

    private static void nth(String names, Month month, int n, DayOfWeek weekday) {
        for (String name : names.split("\\|")) {
            DAYS.put(name, year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday)));
        }
    }

    private static void fromEaster(String names, int days) {
        for (String name : names.split("\\|")) {
            DAYS.put(name, year -> easter(year).plusDays(days));
        }
    }

    private static void unsure(String names, String why, String hint) {
        for (String name : names.split("\\|")) {
            UNSURE.put(name, why + "|" + hint);
        }
    }

    /** A regular expression matching every name this class reads (lower case), longest first. */
    public static String namePattern() {
        return NAMES.pattern();
    }

    /** The day {@code name} falls on in {@code year}, if the name is one this class reads. */
    public static Optional<LocalDate> day(String name, int year) {
        IntFunction<LocalDate> rule = DAYS.get(name);
        return rule == null ? Optional.empty() : Optional.of(rule.apply(year));
    }

    /**
     * Why a named day cannot be pinned to one date, and how to write it instead ({@code [why, hint]}), when
     * {@code text} is, or ends with, such a name.
     */
    public static Optional<String[]> unsure(String text) {
        String name = YEAR_AFTER.matcher(text).replaceFirst("");
        for (var e : UNSURE.entrySet()) {
            if (name.equals(e.getKey()) || name.endsWith(" " + e.getKey())) {
                return Optional.of(e.getValue().split("\\|", 2));
            }
        }
        return Optional.empty();
    }

    /**
     * Western Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher,
     * as in Meeus, "Astronomical Algorithms", 1991): valid for every year of the Gregorian calendar.
     */
    public static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
