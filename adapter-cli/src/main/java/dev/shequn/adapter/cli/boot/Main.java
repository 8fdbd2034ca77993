package dev.shequn.adapter.cli.boot;

import dev.shequn.adapter.cli.AdminCommands;
import dev.shequn.adapter.cli.Backend;
import dev.shequn.adapter.cli.DemoCommand;
import dev.shequn.adapter.cli.PriceCommand;
import dev.shequn.adapter.cli.PromotionCommands;
import dev.shequn.adapter.cli.RuleCommands;
import dev.shequn.adapter.cli.TransferCommands;
import dev.shequn.application.port.in.EvaluatePricingUseCase;
import dev.shequn.application.pricing.EvaluatePricingService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code shequn} command and the composition root: the one place that builds the services and hands
 * them to the commands (and, later, to storage and the REST server). Everything is built per
 * {@link #commandLine} call with the streams given, so tests run every command in-process.
 */
@Command(
        name = "shequn",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Shequn (社群): community commerce for the JVM. Member communities, tiers, coupons, referrals, "
                + "and the pricing engine that decides what a member pays.",
        subcommands = CommandLine.HelpCommand.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error",
            "2:invalid input (a refused request, unreadable JSON or file) or a wrong command line"
        })
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        PrintWriter err = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)));
        int exit = commandLine(System.in, out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /** The whole command tree, wired, reading from {@code in} and writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
        Clock clock = Clock.systemUTC();
        return commandLine(in, out, err, new Storages(clock), System.getenv(), System.console() != null, clock);
    }

    /**
     * The same tree over the storage {@code backends} opens (tests pass a temp-dir H2 or in-memory one), with
     * the environment {@code serve} reads its admin key from, and whether standard error is a terminal (a
     * progress bar) or not (plain progress lines).
     */
    public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, Backend.Factory backends,
            Map<String, String> environment, boolean terminal, Clock clock) {
        CommandLine commandLine = new CommandLine(new Main());
        for (Object subcommand : subcommands(in, backends, environment, terminal, clock)) {
            commandLine.addSubcommand(subcommand);
        }
        // A request file named "@x.json" is a file, not a picocli argument file.
        commandLine.setExpandAtFiles(false);
        // A failure (storage unreachable, the database file locked by a running server) is one line on
        // standard error and exit code 1, not a stack trace.
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            failed.getErr().println("error: " + describe(e));
            failed.getErr().flush();
            return 1;
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine;
    }

    /** The wiring: each subcommand with the services it needs. New commands are added here. */
    private static List<Object> subcommands(InputStream in, Backend.Factory backends, Map<String, String> environment,
            boolean terminal, Clock clock) {
        EvaluatePricingUseCase pricing = new EvaluatePricingService();
        List<Object> all = new ArrayList<>();
        all.add(new PriceCommand(pricing, in));
        all.add(new ServeCommand(environment, clock));
        all.addAll(AdminCommands.all(backends));
        all.addAll(RuleCommands.all(backends));
        all.addAll(PromotionCommands.all(backends));
        all.add(new DemoCommand(backends));
        all.addAll(TransferCommands.all(backends, terminal));
        return all;
    }

    /** The exception and its causes, one message each, so the root cause (e.g. a lock) is visible. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
        }
        return text.toString();
    }

    /** {@code shequn} alone is a usage error: it says which subcommands there are. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: say what shequn should do");
    }

    /** The version Maven wrote into {@code version.properties} at build time. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IllegalStateException("version.properties is missing from the build");
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"shequn " + properties.getProperty("version"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
