package dev.shequn.adapter.cli;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.json.JsonParser;
import dev.shequn.application.json.JsonWriter;
import dev.shequn.application.port.in.EvaluatePricingUseCase;
import dev.shequn.application.port.in.EvaluatePricingUseCase.JsonReply;
import dev.shequn.application.port.in.EvaluatePricingUseCase.Violation;
import dev.shequn.application.pricing.PricingProblem;
import io.vavr.control.Either;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shequn price}: the pricing contract's dry run on the command line. Answers go to standard output;
 * a refused request's problem goes to standard error with exit code 2. With {@code --jsonl} every input
 * line gets exactly one output line on standard output, answer or problem, in order (rule 27).
 */
@Command(
        name = "price",
        mixinStandardHelpOptions = true,
        description = {
            "Prices a cart with the promotions written inline in the request (the pricing contract's dry run: "
                    + "nothing is reserved, redeemed or stored).",
            "The answer JSON goes to standard output. A refused request prints its problem JSON "
                    + "(every violation with its JSON pointer) to standard error."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the request was priced; with --jsonl: every line was answered, refused lines included",
            "1:internal error: the engine failed on a valid request (a bug), or standard output could not be written",
            "2:the request was refused, is not JSON or not UTF-8, the file cannot be read, or the command line is wrong"
        })
public final class PriceCommand implements Callable<Integer> {

    public static final int ANSWERED = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int REFUSED = 2;
    /** Standard output could not be written (e.g. a closed pipe); the lines after it were not priced. */
    public static final int OUTPUT_FAILED = 1;

    private final EvaluatePricingUseCase pricing;
    private final InputStream stdin;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Input input;

    @Option(names = "--pretty", description = "Indent the answer or problem JSON for people (not with --jsonl).")
    private boolean pretty;

    static final class Input {
        @Option(names = "--request", paramLabel = "FILE",
                description = "The request JSON file (UTF-8); '-' reads it from standard input.")
        private String request;

        @Option(names = "--jsonl",
                description = "Read one request per line from standard input and write one answer or problem per "
                        + "line to standard output, in order. A blank or bad line gets its problem and the next "
                        + "lines go on.")
        private boolean jsonl;
    }

    public PriceCommand(EvaluatePricingUseCase pricing, InputStream stdin) {
        this.pricing = requireNonNull(pricing, "pricing");
        this.stdin = requireNonNull(stdin, "stdin");
    }

    @Override
    public Integer call() throws IOException {
        if (input.jsonl) {
            if (pretty) {
                return usageError("--pretty cannot be used with --jsonl: a JSON line has no line breaks");
            }
            return jsonLines();
        }
        return single(input.request);
    }

    private int single(String file) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            bytes = file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            return cannotRead(file, "no such file");
        } catch (AccessDeniedException e) {
            return cannotRead(file, "permission denied");
        } catch (IOException | InvalidPathException e) {
            return cannotRead(file, e.getMessage());
        }
        JsonReply reply = reply(bytes, bytes.length);
        PrintWriter target = reply.isAnswer() ? out : err;
        target.print(pretty ? JsonWriter.indented(JsonParser.parse(reply.body()).get()) : reply.body());
        target.print('\n');
        target.flush();
        return exitCode(reply);
    }

    private int jsonLines() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int exit = ANSWERED;
        InputStream in = new BufferedInputStream(stdin, 1 << 16);
        ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
        boolean pending = false;
        int b;
        while (true) {
            b = in.read();
            if (b == '\n' || (b < 0 && pending)) {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                JsonReply reply = reply(bytes, length);
                if (reply.status() == 500) {
                    exit = INTERNAL_ERROR;
                }
                out.print(reply.body());
                out.print('\n');
                out.flush();
                if (out.checkError()) {
                    // Nobody reads the answers any more (a closed pipe): pricing the rest would be wasted.
                    return OUTPUT_FAILED;
                }
                line.reset();
                pending = false;
            } else if (b >= 0) {
                line.write(b);
                pending = true;
            }
            if (b < 0) {
                return exit;
            }
        }
    }

    private JsonReply reply(byte[] bytes, int length) {
        Either<Integer, String> text = Utf8.decode(bytes, length);
        if (text.isLeft()) {
            List<Violation> violation = List.of(new Violation("",
                    "the request is not UTF-8 text: byte " + (text.getLeft() + 1) + " cannot be decoded"));
            return new JsonReply(400, PricingProblem.write(PricingProblem.invalidRequest(violation)));
        }
        return pricing.evaluateJson(text.get());
    }

    private static int exitCode(JsonReply reply) {
        return switch (reply.status()) {
            case 200 -> ANSWERED;
            case 400 -> REFUSED;
            default -> INTERNAL_ERROR;
        };
    }

    private int cannotRead(String file, String why) {
        PrintWriter err = spec.commandLine().getErr();
        err.print("shequn price: cannot read the request file '" + file + "': " + why + '\n');
        err.flush();
        return REFUSED;
    }

    private int usageError(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.print("shequn price: " + message + '\n');
        err.flush();
        return REFUSED;
    }
}
