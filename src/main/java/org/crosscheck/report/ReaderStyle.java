package org.crosscheck.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.Value;

/**
 * Values as a reader writes them ("24 June 2024", "$3.2 billion") for the sentences of the HTML report.
 * The machine reports keep the ISO forms; this is only for people, in British newsroom style, the same
 * whatever the JVM's locale.
 */
final class ReaderStyle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "GBP", "£", "EUR", "€", "KES", "KSh ", "CNY", "CN¥",
            "JPY", "¥", "INR", "₹");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private ReaderStyle() {
    }

    /** A value for a sentence: a date or an amount in the reader's style, anything else as the source wrote it. */
    static String value(Value value) {
        if (value instanceof DateValue date) {
            return date(date);
        }
        if (value instanceof QuantityValue quantity) {
            return quantity(quantity);
        }
        return value.asWritten();
    }

    /** "24 June 2024", "June 2024", "2024", "22–26 April 2025"; a relative phrase keeps its words and says how it was read. */
    static String date(DateValue date) {
        String interval = interval(date);
        return date.isRelative() ? "“" + date.asWritten() + "” (read as " + interval + ")" : interval;
    }

    private static String interval(DateValue date) {
        LocalDate start = date.start();
        LocalDate end = date.end();
        boolean openStart = start.equals(DateValue.OPEN_START);
        boolean openEnd = end.equals(DateValue.OPEN_END);
        if (openStart && openEnd) {
            return "any date";
        }
        if (openStart) {
            return "on or before " + DAY.format(end);
        }
        if (openEnd) {
            return "on or after " + DAY.format(start);
        }
        if (start.equals(end)) {
            return DAY.format(start);
        }
        if (start.getDayOfMonth() == 1 && end.equals(start.withDayOfMonth(start.lengthOfMonth()))) {
            return MONTH.format(start);
        }
        if (start.getDayOfYear() == 1 && end.equals(start.withDayOfYear(start.lengthOfYear()))) {
            return String.valueOf(start.getYear());
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "–" + DAY.format(end);
        }
        if (start.getYear() == end.getYear()) {
            return DAY_MONTH.format(start) + " – " + DAY.format(end);
        }
        return DAY.format(start) + " – " + DAY.format(end);
    }

    /** "$3.2 billion", "about 30", "5%", "KSh 72 billion", "1,250 officers". */
    static String quantity(QuantityValue quantity) {
        String unit = quantity.unit();
        String symbol = SYMBOLS.get(unit);
        String number = symbol != null ? symbol + scaled(quantity.amount()) : grouped(quantity.amount());
        String withUnit;
        if (symbol != null) {
            withUnit = number;
        } else if (unit.equals("%")) {
            withUnit = number + "%";
        } else if (unit.isEmpty()) {
            withUnit = number;
        } else {
            withUnit = number + " " + unit;
        }
        return switch (quantity.hedge()) {
            case EXACT -> withUnit;
            case APPROX -> "about " + withUnit;
            default -> quantity.hedge().label() + " " + withUnit;
        };
    }

    /** Money in millions and billions as newsrooms write it: "3.2 billion", "950 million", "72,000". */
    private static String scaled(BigDecimal amount) {
        BigDecimal billion = THOUSAND.pow(3);
        BigDecimal million = THOUSAND.pow(2);
        BigDecimal abs = amount.abs();
        if (abs.compareTo(THOUSAND.pow(4)) >= 0) {
            return plain(amount.divide(THOUSAND.pow(4), 3, RoundingMode.HALF_EVEN)) + " trillion";
        }
        if (abs.compareTo(billion) >= 0) {
            return plain(amount.divide(billion, 3, RoundingMode.HALF_EVEN)) + " billion";
        }
        if (abs.compareTo(million) >= 0) {
            return plain(amount.divide(million, 3, RoundingMode.HALF_EVEN)) + " million";
        }
        return grouped(amount);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String grouped(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return String.format(Locale.ROOT, "%,d", stripped.toBigIntegerExact());
        }
        return String.format(Locale.ROOT, "%,." + stripped.scale() + "f", stripped);
    }
}
