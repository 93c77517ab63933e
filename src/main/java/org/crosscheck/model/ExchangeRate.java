package org.crosscheck.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cited exchange rate: one unit of {@code from} is worth {@code rate} units of {@code to} on {@code date}.
 * Currencies are ISO 4217 codes as the quantity parser produces them (KES, USD, CNY, EUR, GBP).
 */
public record ExchangeRate(String id, String from, String to, BigDecimal rate, LocalDate date, Citation citation,
        Location location) implements java.io.Serializable {
}
