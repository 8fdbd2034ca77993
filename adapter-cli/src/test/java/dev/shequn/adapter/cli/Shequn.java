package dev.shequn.adapter.cli;

import dev.shequn.adapter.cli.boot.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the {@code shequn} command in-process, as its main would, with captured streams. */
final class Shequn {

    record Run(int exitCode, String out, String err) {}

    private Shequn() {}

    static Run run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Runs against the storage {@code backends} opens, with no environment and no terminal. */
    static Run runOn(Backend.Factory backends, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                backends, Map.of(), false, Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Run run(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
