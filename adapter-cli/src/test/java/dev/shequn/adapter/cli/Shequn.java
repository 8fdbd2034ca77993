package dev.shequn.adapter.cli;

import dev.shequn.adapter.cli.boot.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the {@code shequn} command in-process, as its main would, with captured streams. */
final class Shequn {

    record Run(int exitCode, String out, String err) {}

    private Shequn() {}

    static Run run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static Run run(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
