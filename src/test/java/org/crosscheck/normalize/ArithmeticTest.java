package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Between;
import org.crosscheck.model.Citation;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.Location;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * How a duration is counted against the dates of what it spans: an "N-day" event counts both of its
 * dates, as a reader does; the time between two events is elapsed time. The durations are built
 * directly, since reading the adjective form ("five-day") belongs to the value readers.
 */
class ArithmeticTest {

    private static final Source SOURCE = new Source("s", "S", "o", null, null, null, SourceStatus.PUBLISHED, Location.ofFile("s"));
    private static final ClaimKey START = new ClaimKey("visit", "start-date");
    private static final ClaimKey END = new ClaimKey("visit", "end-date");

    private static ReferenceRecord record(String id, ClaimKey key, String date, boolean certain) {
        DateValue value = DateParser.parse(date, null).toOptional().orElseThrow();
        return new ReferenceRecord(id, key, value, null, null, new Citation("issuer", "document", null, null), certain,
                Location.ofFile("r"));
    }

    private static DerivedDuration check(String written, long days, boolean certain) {
        Claim claim = new Claim("c", SOURCE, new ClaimKey("visit", "length"),
                new DurationValue(written, "P" + days + "D", Hedge.EXACT, days, days), "q", null, List.of(), Location.ofFile("f"),
                new Between(START, END));
        List<DerivedDuration> result = Arithmetic.durationBetween(claim, List.of(), List.of(record("r1", START, "2025-04-22", certain)),
                List.of(), List.of(record("r2", END, "2025-04-26", certain)));
        assertThat(result).hasSize(1);
        return result.get(0);
    }

    @Test
    void aFiveDayVisitFromTheTwentySecondToTheTwentySixthFits() {
        DerivedDuration result = check("five-day", 5, true);
        assertThat(result.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(result.explanation()).contains("is 5..5 days").contains("counted inclusively");
    }

    @Test
    void aFourDayVisitOnThoseDatesDoesNotFit() {
        assertThat(check("4-day", 4, true).verdict()).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void timeBetweenTwoEventsIsElapsedTime() {
        assertThat(check("four days", 4, true).verdict()).isEqualTo(Verdict.AGREE);
        assertThat(check("five days", 5, true).verdict()).isEqualTo(Verdict.CONFLICT);
    }

    private static final ClaimKey LAUNCH = new ClaimKey("launch", "date");
    private static final ClaimKey LANDING = new ClaimKey("landing", "date");

    /** A journey between two events, each with its own record: 14 July to 23 August 2023, 40 days elapsed. */
    private static DerivedDuration journey(String written, long days) {
        Claim claim = new Claim("j", SOURCE, new ClaimKey("mission", "journey-length"),
                new DurationValue(written, "P" + days + "D", Hedge.EXACT, days, days), "q", null, List.of(), Location.ofFile("f"),
                new Between(LAUNCH, LANDING));
        List<DerivedDuration> result = Arithmetic.durationBetween(claim, List.of(), List.of(record("r1", LAUNCH, "2023-07-14", true)),
                List.of(), List.of(record("r2", LANDING, "2023-08-23", true)));
        assertThat(result).hasSize(1);
        return result.get(0);
    }

    @Test
    void anNDayLengthBetweenTwoEventsMayBeElapsedOrInclusive() {
        // a 40-day journey from the launch to the landing is elapsed time; a 17-day Games from one
        // ceremony to the other counts both days; the facts do not say which, so both are allowed
        DerivedDuration fits = journey("40-day", 40);
        assertThat(fits.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(fits.explanation()).contains("is 40..41 days").contains("the ends are two events");
        assertThat(journey("41-day", 41).verdict()).isEqualTo(Verdict.AGREE);
        assertThat(journey("39-day", 39).verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(journey("42-day", 42).verdict()).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void timeBetweenTwoEventsNotWrittenAsAnNDayLengthIsElapsed() {
        assertThat(journey("40 days", 40).verdict()).isEqualTo(Verdict.AGREE);
        assertThat(journey("41 days", 41).verdict()).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void aContradictionFromUncertainRecordsIsMarkedUncertain() {
        DerivedDuration result = check("three days", 3, false);
        assertThat(result.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(result.uncertain()).isTrue();
        assertThat(check("three days", 3, true).uncertain()).isFalse();
    }
}
