package org.crosscheck.values;

import static javax.measure.MetricPrefix.CENTI;
import static javax.measure.MetricPrefix.DECI;
import static javax.measure.MetricPrefix.GIGA;
import static javax.measure.MetricPrefix.HECTO;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MEGA;
import static javax.measure.MetricPrefix.MICRO;
import static javax.measure.MetricPrefix.MILLI;
import static javax.measure.MetricPrefix.TERA;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.measure.IncommensurableException;
import javax.measure.MetricPrefix;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.unit.Units;

/**
 * The units of measure newsrooms write, each with the JSR 385 unit it names (Indriya, the reference
 * implementation) and the dimension's unit that values are compared in. "27 km" and "16.8 miles" are
 * both kept in metres, so they agree; "27 miles" does not; kilometres and kilograms are different
 * dimensions and never compared. A unit is never dropped: a word of this table after a number is
 * read as the unit or the value is refused.
 */
public final class UnitsOfMeasure {

    /**
     * One written unit.
     *
     * @param symbol    how crosscheck prints it ("km", "mi", "ha")
     * @param dimension "length", "area", "mass", "volume", "energy", "power" or "speed"
     * @param base      the dimension's unit values are compared in ("m", "m²", "kg", "L", "Wh", "W", "km/h")
     * @param factor    how many {@code base} one {@code symbol} is, from Indriya's converter
     */
    public record Measure(String symbol, String dimension, String base, BigDecimal factor) {
    }

    /** A unit read at a token position, and how many tokens it took. */
    public record Match(Measure measure, int used) {
    }

    private static final Unit<?> MILE = Units.METRE.multiply(new BigDecimal("1609.344"));
    private static final Unit<?> NAUTICAL_MILE = Units.METRE.multiply(1852);
    private static final Unit<?> FOOT = Units.METRE.multiply(new BigDecimal("0.3048"));
    private static final Unit<?> INCH = Units.METRE.multiply(new BigDecimal("0.0254"));
    private static final Unit<?> YARD = Units.METRE.multiply(new BigDecimal("0.9144"));
    private static final Unit<?> SQUARE_KM = Units.SQUARE_METRE.multiply(1_000_000);
    private static final Unit<?> ACRE = Units.SQUARE_METRE.multiply(new BigDecimal("4046.8564224"));
    private static final Unit<?> SQUARE_MILE = Units.SQUARE_METRE.multiply(new BigDecimal("2589988.110336"));
    private static final Unit<?> SQUARE_FOOT = Units.SQUARE_METRE.multiply(new BigDecimal("0.09290304"));
    private static final Unit<?> POUND = Units.KILOGRAM.multiply(new BigDecimal("0.45359237"));
    private static final Unit<?> OUNCE = Units.KILOGRAM.multiply(new BigDecimal("0.028349523125"));
    private static final Unit<?> TONNE = Units.KILOGRAM.multiply(1000);
    private static final Unit<?> US_GALLON = Units.LITRE.multiply(new BigDecimal("3.785411784"));
    private static final Unit<?> IMPERIAL_GALLON = Units.LITRE.multiply(new BigDecimal("4.54609"));
    /** An oil barrel: 42 US gallons. */
    private static final Unit<?> BARREL = US_GALLON.multiply(42);
    private static final Unit<?> US_CUP = US_GALLON.divide(16);
    private static final Unit<?> US_TABLESPOON = US_CUP.divide(16);
    private static final Unit<?> US_TEASPOON = US_CUP.divide(48);
    private static final Unit<?> CUBIC_FOOT = Units.CUBIC_METRE.multiply(new BigDecimal("0.028316846592"));
    private static final Unit<?> WATT_HOUR = Units.JOULE.multiply(3600);
    /** The electronvolt by its SI definition (2019): 1.602176634e-19 joules exactly. */
    private static final Unit<?> ELECTRONVOLT = Units.JOULE.multiply(new BigDecimal("1.602176634E-19"));
    /** The International Table British thermal unit: 1,055.05585262 joules. */
    private static final Unit<?> BTU = Units.JOULE.multiply(new BigDecimal("1055.05585262"));
    private static final Unit<?> MPH = Units.KILOMETRE_PER_HOUR.multiply(new BigDecimal("1.609344"));
    private static final Unit<?> KNOT = Units.KILOMETRE_PER_HOUR.multiply(new BigDecimal("1.852"));

    /** The metric prefixes reporting writes out, from pico to tera ("deka" is the American spelling of "deca"). */
    private static final List<MetricPrefix> WRITTEN_PREFIXES = List.of(MetricPrefix.PICO, MetricPrefix.NANO, MetricPrefix.MICRO,
            MetricPrefix.MILLI, MetricPrefix.CENTI, MetricPrefix.DECI, MetricPrefix.DECA, MetricPrefix.HECTO, MetricPrefix.KILO,
            MetricPrefix.MEGA, MetricPrefix.GIGA, MetricPrefix.TERA);

    private static final Map<String, Measure> WORDS = new HashMap<>();
    private static final Map<String, String> DIMENSION_OF_BASE = new LinkedHashMap<>();
    private static int longest = 1;

    static {
        // length, compared in metres
        unit("length", "m", Units.METRE, "km", KILO(Units.METRE), "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers");
        unit("length", "m", Units.METRE, "m", Units.METRE, "metre", "metres", "meter", "meters");
        unit("length", "m", Units.METRE, "cm", Units.METRE.divide(100), "cm", "cms", "centimetre", "centimetres", "centimeter", "centimeters");
        unit("length", "m", Units.METRE, "mm", MILLI(Units.METRE), "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        unit("length", "m", Units.METRE, "mi", MILE, "mi", "mile", "miles");
        unit("length", "m", Units.METRE, "nmi", NAUTICAL_MILE, "nmi", "nautical mile", "nautical miles");
        unit("length", "m", Units.METRE, "ft", FOOT, "ft", "foot", "feet");
        unit("length", "m", Units.METRE, "in", INCH, "inch", "inches");
        unit("length", "m", Units.METRE, "yd", YARD, "yd", "yds", "yard", "yards");
        // area, compared in square metres
        unit("area", "m²", Units.SQUARE_METRE, "km²", SQUARE_KM, "km²", "km2", "sq km", "sq. km", "square km", "square kilometre",
                "square kilometres", "square kilometer", "square kilometers");
        unit("area", "m²", Units.SQUARE_METRE, "m²", Units.SQUARE_METRE, "m²", "m2", "sq m", "square metre", "square metres",
                "square meter", "square meters");
        unit("area", "m²", Units.SQUARE_METRE, "ha", Units.SQUARE_METRE.multiply(10_000), "ha", "hectare", "hectares");
        unit("area", "m²", Units.SQUARE_METRE, "acre", ACRE, "acre", "acres");
        unit("area", "m²", Units.SQUARE_METRE, "sq mi", SQUARE_MILE, "sq mi", "square mile", "square miles");
        unit("area", "m²", Units.SQUARE_METRE, "sq ft", SQUARE_FOOT, "sq ft", "square foot", "square feet");
        // mass, compared in kilograms
        unit("mass", "kg", Units.KILOGRAM, "kg", Units.KILOGRAM, "kg", "kgs", "kilogram", "kilograms", "kilogramme",
                "kilogrammes", "kilo", "kilos");
        unit("mass", "kg", Units.KILOGRAM, "g", Units.GRAM, "g", "gs", "gram", "grams", "gramme", "grammes");
        unit("mass", "kg", Units.KILOGRAM, "mg", MILLI(Units.GRAM), "mg", "milligram", "milligrams");
        unit("mass", "kg", Units.KILOGRAM, "t", TONNE, "tonne", "tonnes", "metric ton", "metric tons", "metric tonne",
                "metric tonnes");
        unit("mass", "kg", Units.KILOGRAM, "lb", POUND, "lb", "lbs");
        unit("mass", "kg", Units.KILOGRAM, "oz", OUNCE, "oz", "ounce", "ounces");
        // volume, compared in litres
        unit("volume", "L", Units.LITRE, "L", Units.LITRE, "l", "litre", "litres", "liter", "liters");
        unit("volume", "L", Units.LITRE, "mL", MILLI(Units.LITRE), "ml", "mls", "millilitre", "millilitres", "milliliter",
                "milliliters");
        unit("volume", "L", Units.LITRE, "hL", HECTO(Units.LITRE), "hl", "hectolitre", "hectolitres", "hectoliter", "hectoliters");
        unit("volume", "L", Units.LITRE, "m³", Units.CUBIC_METRE, "m³", "m3", "cubic metre", "cubic metres", "cubic meter",
                "cubic meters");
        unit("volume", "L", Units.LITRE, "gal", US_GALLON, "gal", "gals", "gallon", "gallons", "us gallon", "us gallons");
        unit("volume", "L", Units.LITRE, "imp gal", IMPERIAL_GALLON, "imperial gallon", "imperial gallons");
        unit("volume", "L", Units.LITRE, "bbl", BARREL, "bbl", "barrel", "barrels");
        unit("volume", "L", Units.LITRE, "cup", US_CUP, "cup", "cups");
        unit("volume", "L", Units.LITRE, "tbsp", US_TABLESPOON, "tbsp", "tbsps", "tablespoon", "tablespoons");
        unit("volume", "L", Units.LITRE, "tsp", US_TEASPOON, "tsp", "tsps", "teaspoon", "teaspoons");
        unit("volume", "L", Units.LITRE, "cu ft", CUBIC_FOOT, "cu ft", "cubic foot", "cubic feet");
        // energy, compared in watt-hours
        unit("energy", "Wh", WATT_HOUR, "Wh", WATT_HOUR, "wh", "watt-hour", "watt-hours");
        unit("energy", "Wh", WATT_HOUR, "kWh", KILO(WATT_HOUR), "kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hour",
                "kilowatt hours");
        unit("energy", "Wh", WATT_HOUR, "MWh", MEGA(WATT_HOUR), "mwh", "megawatt-hour", "megawatt-hours", "megawatt hour",
                "megawatt hours");
        unit("energy", "Wh", WATT_HOUR, "GWh", GIGA(WATT_HOUR), "gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hour",
                "gigawatt hours");
        unit("energy", "Wh", WATT_HOUR, "TWh", TERA(WATT_HOUR), "twh", "terawatt-hour", "terawatt-hours", "terawatt hour",
                "terawatt hours");
        unit("energy", "Wh", WATT_HOUR, "J", Units.JOULE, "joule", "joules");
        unit("energy", "Wh", WATT_HOUR, "kJ", KILO(Units.JOULE), "kj", "kilojoule", "kilojoules");
        unit("energy", "Wh", WATT_HOUR, "MJ", MEGA(Units.JOULE), "mj", "megajoule", "megajoules");
        // "MeV" and "meV" fold to one word, so "mev" is in AMBIGUOUS; the other symbols no other unit shares
        unit("energy", "Wh", WATT_HOUR, "eV", ELECTRONVOLT, "ev", "electronvolt", "electronvolts", "electron volt", "electron volts");
        unit("energy", "Wh", WATT_HOUR, "keV", KILO(ELECTRONVOLT), "kev");
        unit("energy", "Wh", WATT_HOUR, "GeV", GIGA(ELECTRONVOLT), "gev");
        unit("energy", "Wh", WATT_HOUR, "TeV", TERA(ELECTRONVOLT), "tev");
        unit("energy", "Wh", WATT_HOUR, "BTU", BTU, "btu", "btus", "british thermal unit", "british thermal units");
        // power, compared in watts
        unit("power", "W", Units.WATT, "W", Units.WATT, "watt", "watts");
        unit("power", "W", Units.WATT, "kW", KILO(Units.WATT), "kw", "kilowatt", "kilowatts");
        unit("power", "W", Units.WATT, "MW", MEGA(Units.WATT), "mw", "megawatt", "megawatts");
        unit("power", "W", Units.WATT, "GW", GIGA(Units.WATT), "gw", "gigawatt", "gigawatts");
        // speed, compared in kilometres per hour
        unit("speed", "km/h", Units.KILOMETRE_PER_HOUR, "km/h", Units.KILOMETRE_PER_HOUR, "km/h", "kph", "kmh", "kmph",
                "kilometres per hour", "kilometers per hour", "km per hour", "km/hr", "kilometres an hour", "kilometers an hour");
        unit("speed", "km/h", Units.KILOMETRE_PER_HOUR, "mph", MPH, "mph", "miles per hour", "mi/h", "miles an hour", "mi/hr");
        unit("speed", "km/h", Units.KILOMETRE_PER_HOUR, "kn", KNOT, "knot", "knots");
        unit("speed", "km/h", Units.KILOMETRE_PER_HOUR, "m/s", Units.METRE_PER_SECOND, "m/s", "metres per second",
                "meters per second");
        // a metric prefix written out before a metric unit's name ("decimetres", "picometer", "micrograms", "megalitres"),
        // and the prefixed symbols that no other unit or word shares once folded to lower case
        prefixed("length", "m", Units.METRE, "m", "metre", "meter");
        prefixed("mass", "kg", Units.GRAM, "g", "gram", "gramme");
        prefixed("volume", "L", Units.LITRE, "L", "litre", "liter");
        prefixed("power", "W", Units.WATT, "W", "watt");
        prefixed("energy", "Wh", Units.JOULE, "J", "joule");
        prefixed("energy", "Wh", ELECTRONVOLT, "eV", "electronvolt");
        unit("length", "m", Units.METRE, "dm", DECI(Units.METRE), "dm");
        unit("length", "m", Units.METRE, "µm", MICRO(Units.METRE), "µm", "μm");
        unit("mass", "kg", Units.KILOGRAM, "µg", MICRO(Units.GRAM), "µg", "μg", "mcg");
        unit("volume", "L", Units.LITRE, "cL", CENTI(Units.LITRE), "cl");
        unit("volume", "L", Units.LITRE, "dL", DECI(Units.LITRE), "dl");
        squaresAndCubes();
    }

    /**
     * Every length unit squared and cubed, as English writes a power of it: "square miles", "sq km", "km squared",
     * "km^2", "cubic kilometres", "cu ft", "feet cubed", "km^3". Indriya raises the length unit to the power, so the
     * factor is its own; a form the table already has ("square feet", "km²") keeps its entry. "in" is left out: "square
     * in" and "in squared" are as often the preposition.
     */
    private static void squaresAndCubes() {
        Map<String, Measure> lengths = new java.util.TreeMap<>();
        WORDS.forEach((word, m) -> {
            if (m.dimension().equals("length") && !word.equals("in")) {
                lengths.put(word, m);
            }
        });
        lengths.forEach((word, m) -> {
            Unit<?> length = Units.METRE.multiply(m.factor());
            List<String> squares = new ArrayList<>(List.of("square " + word, "sq " + word, word + " squared", word + "^2"));
            List<String> cubes = new ArrayList<>(List.of("cubic " + word, "cu " + word, word + " cubed", word + "^3"));
            squares.removeIf(WORDS::containsKey);
            cubes.removeIf(WORDS::containsKey);
            if (!squares.isEmpty()) {
                unit("area", "m²", Units.SQUARE_METRE, m.symbol() + "²", length.pow(2), squares.toArray(String[]::new));
            }
            if (!cubes.isEmpty()) {
                unit("volume", "L", Units.LITRE, m.symbol() + "³", length.pow(3), cubes.toArray(String[]::new));
            }
        });
    }

    /** Every written-out prefix before each of {@code names} and its plural, unless the table already has the word. */
    private static void prefixed(String dimension, String base, Unit<?> unit, String symbol, String... names) {
        Unit<?> compared = switch (base) {
            case "m" -> Units.METRE;
            case "kg" -> Units.KILOGRAM;
            case "L" -> Units.LITRE;
            case "W" -> Units.WATT;
            default -> WATT_HOUR;
        };
        for (MetricPrefix prefix : WRITTEN_PREFIXES) {
            String written = prefix.getName().toLowerCase(java.util.Locale.ROOT);
            for (String spelling : prefix == MetricPrefix.DECA ? List.of(written, "deka") : List.of(written)) {
                for (String name : names) {
                    String word = spelling + name;
                    if (!WORDS.containsKey(word)) {
                        unit(dimension, base, compared, prefix.getSymbol() + symbol, unit.prefix(prefix), word, word + "s");
                    }
                }
            }
        }
    }

    /**
     * Unit words that could mean two things; a value with one is refused with the way to say which.
     * "pounds" alone is money or weight, "tons" short, long or metric, "m" metres or millions.
     */
    public static final Map<String, String> AMBIGUOUS = Map.of(
            "ton", "a ton may be metric, short or long: write 'tonnes' (metric) or 'short tons'",
            "tons", "a ton may be metric, short or long: write 'tonnes' (metric) or 'short tons'",
            "m", "'m' is metres or millions: write '3 metres' or '3 million' (after a currency, '$3m' is millions)",
            "k", "'k' is thousands or kilometres: write '3,000' or '3 km' (after a currency, '$3k' is thousands)",
            "in", "'in' may be inches or start a proportion ('one in five'): write 'inches' or a percentage",
            "mev", "'MeV' (mega) and 'meV' (milli) electronvolts differ a billionfold: write 'megaelectronvolts' or"
                    + " 'millielectronvolts'");

    private UnitsOfMeasure() {
    }

    private static void unit(String dimension, String base, Unit<?> baseUnit, String symbol, Unit<?> unit, String... words) {
        BigDecimal factor = factor(unit, baseUnit);
        Measure measure = new Measure(symbol, dimension, base, factor);
        for (String word : words) {
            WORDS.put(word, measure);
            longest = Math.max(longest, word.split(" ").length);
        }
        DIMENSION_OF_BASE.put(base, dimension);
    }

    /** What one {@code unit} is in {@code base}, converted by Indriya; every unit here is linear, so one factor says it all. */
    private static BigDecimal factor(Unit<?> unit, Unit<?> base) {
        try {
            Number one = unit.getConverterToAny(base).convert(BigDecimal.ONE);
            BigDecimal factor = one instanceof RationalNumber r ? r.bigDecimalValue() : new BigDecimal(one.toString());
            return factor.round(MathContext.DECIMAL64).stripTrailingZeros();
        } catch (IncommensurableException | UnconvertibleException e) {
            throw new IllegalStateException(unit + " is not a unit of " + base, e);
        }
    }

    /** The longest unit starting at {@code from} ("square kilometres", "km", "miles per hour"), if any. */
    public static Optional<Match> at(List<String> tokens, int from) {
        for (int n = Math.min(longest, tokens.size() - from); n >= 1; n--) {
            Measure m = WORDS.get(String.join(" ", tokens.subList(from, from + n)));
            if (m != null) {
                return Optional.of(new Match(m, n));
            }
        }
        return Optional.empty();
    }

    /** Whether a single token is (the start of) a unit word, so that a reader never drops it. */
    public static boolean isUnitWord(String token) {
        return WORDS.containsKey(token) || AMBIGUOUS.containsKey(token) || STARTS.contains(token);
    }

    private static final Set<String> STARTS = Set.of("square", "sq", "cubic", "metric", "nautical", "imperial");

    /** Whether {@code base} is the comparison unit of a dimension of measure. */
    public static boolean isBase(String base) {
        return DIMENSION_OF_BASE.containsKey(base);
    }

    /** The dimension whose comparison unit is {@code base} ("m" is length), or empty for a currency, "%" or a count. */
    public static Optional<String> dimensionOf(String base) {
        return Optional.ofNullable(DIMENSION_OF_BASE.get(base));
    }

    /** Every written form with its unit, for the documentation and the tests. */
    public static Map<String, Measure> table() {
        return Collections.unmodifiableMap(WORDS);
    }

    /** The written forms of each unit symbol, sorted, for docs/values.md. */
    public static Map<String, List<String>> formsBySymbol() {
        Map<String, List<String>> forms = new java.util.TreeMap<>();
        WORDS.forEach((word, m) -> forms.computeIfAbsent(m.dimension() + " " + m.symbol(), k -> new ArrayList<>()).add(word));
        forms.values().forEach(Collections::sort);
        return forms;
    }
}
