package dev.shequn.application.pricing;

import io.vavr.control.Either;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;

/**
 * The contract's instant form (rules 13 and 32): {@code YYYY-MM-DDThh:mm[:ss[.fraction]]} followed by
 * {@code Z} or {@code ±hh:mm}. The fraction has 1 to 9 digits; the offset runs to ±18:00; no hour 24 and
 * no leap second. Upper-case {@code T} and {@code Z} only. Checked by hand first because
 * {@code java.time}'s ISO parsers accept more than the contract (offset seconds, region ids, lower case).
 */
final class ContractInstants {

    static final String FORM = "YYYY-MM-DDThh:mm[:ss[.fraction]] followed by Z or ±hh:mm, e.g. 2026-11-23T10:00:00+08:00";

    private ContractInstants() {}

    /** The instant, or what is wrong with the text. */
    static Either<String, Instant> parse(String text) {
        Cursor c = new Cursor(text);
        int year = c.digits(4);
        boolean shapeOk = year >= 0 && c.take('-');
        int month = shapeOk ? c.digits(2) : -1;
        shapeOk = month >= 0 && c.take('-');
        int day = shapeOk ? c.digits(2) : -1;
        shapeOk = day >= 0 && c.take('T');
        int hour = shapeOk ? c.digits(2) : -1;
        shapeOk = hour >= 0 && c.take(':');
        int minute = shapeOk ? c.digits(2) : -1;
        if (!shapeOk || minute < 0) {
            return Either.left("is not in the form " + FORM);
        }
        int second = 0;
        int nanos = 0;
        if (c.take(':')) {
            second = c.digits(2);
            if (second < 0) {
                return Either.left("needs two digits of seconds after ':' (" + FORM + ")");
            }
            if (c.take('.')) {
                int start = c.at;
                long fraction = 0;
                while (c.at < text.length() && isDigit(text.charAt(c.at))) {
                    if (c.at - start < 9) {
                        fraction = fraction * 10 + (text.charAt(c.at) - '0');
                    }
                    c.at++;
                }
                int fractionDigits = c.at - start;
                if (fractionDigits < 1 || fractionDigits > 9) {
                    return Either.left("needs 1 to 9 digits of fractional seconds, not " + fractionDigits);
                }
                for (int i = fractionDigits; i < 9; i++) {
                    fraction *= 10;
                }
                nanos = (int) fraction;
            }
        }
        ZoneOffset offset;
        if (c.take('Z')) {
            offset = ZoneOffset.UTC;
        } else if (c.at < text.length() && (text.charAt(c.at) == '+' || text.charAt(c.at) == '-')) {
            int sign = text.charAt(c.at) == '-' ? -1 : 1;
            c.at++;
            int offsetHours = c.digits(2);
            boolean colon = offsetHours >= 0 && c.take(':');
            int offsetMinutes = colon ? c.digits(2) : -1;
            if (offsetMinutes < 0) {
                return Either.left("needs its offset as Z or ±hh:mm (" + FORM + ")");
            }
            if (offsetMinutes > 59 || offsetHours > 18 || (offsetHours == 18 && offsetMinutes > 0)) {
                return Either.left("has an offset beyond ±18:00");
            }
            offset = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
        } else {
            return Either.left(c.at >= text.length()
                    ? "needs an offset, Z or ±hh:mm: a local time is not an instant (" + FORM + ")"
                    : "is not in the form " + FORM);
        }
        if (c.at != text.length()) {
            return Either.left("has extra text after the offset (" + FORM + ")");
        }
        if (hour > 23) {
            return Either.left("has hour " + hour + "; hours run from 00 to 23");
        }
        if (minute > 59) {
            return Either.left("has minute " + minute + "; minutes run from 00 to 59");
        }
        if (second > 59) {
            return Either.left("has second " + second + "; seconds run from 00 to 59 (no leap second)");
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return Either.right(OffsetDateTime.of(date, LocalTime.of(hour, minute, second, nanos), offset).toInstant());
        } catch (DateTimeException e) {
            return Either.left("is not a date of the calendar (" + e.getMessage() + ")");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final class Cursor {
        private final String text;
        private int at;

        Cursor(String text) {
            this.text = text;
        }

        /** Exactly {@code count} digits as a number, or -1 (and nothing consumed). */
        int digits(int count) {
            if (at + count > text.length()) {
                return -1;
            }
            int value = 0;
            for (int i = 0; i < count; i++) {
                char ch = text.charAt(at + i);
                if (!isDigit(ch)) {
                    return -1;
                }
                value = value * 10 + (ch - '0');
            }
            at += count;
            return value;
        }

        boolean take(char expected) {
            if (at < text.length() && text.charAt(at) == expected) {
                at++;
                return true;
            }
            return false;
        }
    }
}
