package dev.shequn.adapter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small RFC 4180 reader and writer: fields in double quotes may hold commas, line breaks and doubled quotes;
 * lines end in CRLF or LF. Our own rather than a library because the CLI needs only this and one more
 * dependency in the fat jar buys nothing.
 */
public final class Csv {

    private Csv() {}

    /** One record and the line it started on (1-based), so a refusal can name the line. */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    /** A malformed file (a quote never closed, text after a closing quote): stops the read at that line. */
    public static final class MalformedCsvException extends RuntimeException {
        public MalformedCsvException(int line, String message) {
            super("line " + line + ": " + message);
        }
    }

    /** Reads records one at a time. */
    public static final class Reader implements AutoCloseable {
        private final java.io.Reader in;
        private int line = 1;
        private int pushedBack = -2;

        public Reader(java.io.Reader in) {
            this.in = in;
        }

        /** The next record, or empty at the end of input. A blank last line is no record. */
        public Optional<Row> next() {
            int c = read();
            if (c == -1) {
                return Optional.empty();
            }
            unread(c);
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean afterQuote = false;
            while (true) {
                c = read();
                if (quoted) {
                    if (c == -1) {
                        throw new MalformedCsvException(startLine, "a quoted field is never closed");
                    }
                    if (c == '"') {
                        int n = read();
                        if (n == '"') {
                            field.append('"');
                        } else {
                            unread(n);
                            quoted = false;
                            afterQuote = true;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                    continue;
                }
                if (c == -1 || c == '\n' || c == '\r') {
                    if (c == '\r') {
                        int n = read();
                        if (n != '\n') {
                            unread(n);
                        }
                    }
                    if (c != -1) {
                        line++;
                    }
                    fields.add(field.toString());
                    return Optional.of(new Row(startLine, fields));
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                } else if (afterQuote) {
                    throw new MalformedCsvException(startLine, "text after a closing quote");
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                } else {
                    field.append((char) c);
                }
            }
        }

        private int read() {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            try {
                return in.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void unread(int c) {
            pushedBack = c;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes one record, quoting only fields that need it, ending in CRLF as RFC 4180 says. */
    public static void writeRow(Writer out, List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String field) {
        String value = field == null ? "" : field;
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
