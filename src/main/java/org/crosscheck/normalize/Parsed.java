package org.crosscheck.normalize;

import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of parsing one written value: the value, or why it could not be read and how to
 * write it instead. Parsers return this rather than throwing, so a run can report every problem.
 */
public sealed interface Parsed<T> permits Parsed.Ok, Parsed.Failed {

    record Ok<T>(T value) implements Parsed<T> {
    }

    record Failed<T>(String message, String hint) implements Parsed<T> {
    }

    static <T> Parsed<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Parsed<T> failed(String message, String hint) {
        return new Failed<>(message, hint);
    }

    default Optional<T> toOptional() {
        return this instanceof Ok<T> ok ? Optional.of(ok.value()) : Optional.empty();
    }

    default <R> Parsed<R> map(Function<T, R> mapping) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(mapping.apply(ok.value()));
        }
        Failed<T> failed = (Failed<T>) this;
        return new Failed<>(failed.message(), failed.hint());
    }
}
