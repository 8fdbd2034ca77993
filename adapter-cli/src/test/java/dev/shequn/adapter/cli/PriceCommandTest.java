package dev.shequn.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.json.JsonParser;
import dev.shequn.application.json.JsonWriter;
import dev.shequn.application.pricing.ContractAnswerMatcher;
import dev.shequn.application.pricing.ContractExamples;
import dev.shequn.application.pricing.ContractExamples.Example;
import dev.shequn.application.port.in.EvaluatePricingUseCase;
import dev.shequn.domain.promotion.PricingAnswer;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PriceCommandTest {

    @TempDir
    Path folder;

    static Stream<Example> examples() {
        return ContractExamples.all().stream();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String oneLine(String json) {
        return JsonWriter.compact(JsonParser.parse(json).get());
    }

    @Nested
    class WithARequestFile {

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.shequn.adapter.cli.PriceCommandTest#examples")
        void givenAContractExample_whenPricing_thenTheAnswerOrProblemMatchesAndTheExitCodeSaysWhich(Example example)
                throws IOException {
            Path request = file(example.name() + ".json", example.request());

            Shequn.Run run = Shequn.run("", "price", "--request", request.toString());

            if (example.isRefusal()) {
                assertThat(run.exitCode()).isEqualTo(2);
                assertThat(run.out()).isEmpty();
                assertThat(ContractAnswerMatcher.differences(example.expected(), run.err())).isEmpty();
            } else {
                assertThat(run.exitCode()).isZero();
                assertThat(run.err()).isEmpty();
                assertThat(ContractAnswerMatcher.differences(example.expected(), run.out())).isEmpty();
            }
            assertThat(run.exitCode() == 0 ? run.out() : run.err()).endsWith("}\n").hasLineCount(1);
        }

        @Test
        void givenADash_whenPricing_thenTheRequestIsReadFromStandardInput() {
            Example example = ContractExamples.example("01-olive-welcome-half-price");

            Shequn.Run run = Shequn.run(example.request(), "price", "--request", "-");

            assertThat(run.exitCode()).isZero();
            assertThat(ContractAnswerMatcher.differences(example.expected(), run.out())).isEmpty();
        }

        @Test
        void givenPretty_whenPricing_thenTheAnswerIsIndentedAndTheSameJson() throws IOException {
            Example example = ContractExamples.example("03-spend-threshold-allocation");
            Path request = file("r.json", example.request());

            Shequn.Run pretty = Shequn.run("", "price", "--pretty", "--request", request.toString());
            Shequn.Run compact = Shequn.run("", "price", "--request", request.toString());

            assertThat(pretty.out()).startsWith("{\n  \"currency\": \"CNY\",\n");
            assertThat(oneLine(pretty.out())).isEqualTo(compact.out().strip());
        }

        @Test
        void givenUnreadableJson_whenPricing_thenTheProblemGivesLineAndColumnAndTheExitCodeIs2() throws IOException {
            Path request = file("broken.json", "{\n  \"currency\": \"CNY\",\n  \"at\": \"2026-11-23T10:00:00Z\"\n  \"lines\": []\n}\n");

            Shequn.Run run = Shequn.run("", "price", "--request", request.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("\"errors\":[{\"pointer\":\"\",").contains("line 4, column 3");
        }

        @Test
        void givenAnArgumentStartingWithAnAtSign_whenRunning_thenItIsNotExpandedFromAFile() throws IOException {
            Path request = file("r.json", ContractExamples.example("01-olive-welcome-half-price").request());
            Path arguments = file("args", "price --request " + request);

            Shequn.Run run = Shequn.run("", "@" + arguments);

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
        }

        @Test
        void givenAFileThatDoesNotExist_whenPricing_thenAClearMessageAndExitCode2() {
            Path missing = folder.resolve("nope.json");

            Shequn.Run run = Shequn.run("", "price", "--request", missing.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("shequn price: cannot read the request file '" + missing + "': no such file\n");
        }

        @Test
        void givenAFolderInsteadOfAFile_whenPricing_thenAClearMessageAndExitCode2() {
            Shequn.Run run = Shequn.run("", "price", "--request", folder.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("shequn price: cannot read the request file '" + folder + "': ");
        }

        @Test
        void givenBytesThatAreNotUtf8_whenPricing_thenTheProblemSaysWhichByteAndTheExitCodeIs2() throws IOException {
            Path request = Files.write(folder.resolve("latin1.json"), new byte[] {'{', '"', 'a', (byte) 0xE9, '"', '}'});

            Shequn.Run run = Shequn.run("", "price", "--request", request.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("\"pointer\":\"\"").contains("not UTF-8").contains("byte 4");
        }

        @Test
        void givenChineseText_whenPricing_thenItIsReadAndWrittenAsUtf8() throws IOException {
            String request = ContractExamples.example("01-olive-welcome-half-price").request()
                    .replace("\"id\": \"l1\"", "\"id\": \"橄榄油\"");
            Path file = file("zh.json", request);

            Shequn.Run run = Shequn.run("", "price", "--request", file.toString());

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("{\"id\":\"橄榄油\",\"subtotal\":\"336.00\"");
        }
    }

    @Nested
    class WithJsonLines {

        @Test
        void givenEveryExampleOnePerLine_whenPricing_thenEachLineIsAnsweredInOrder() {
            List<Example> examples = ContractExamples.all();
            StringBuilder in = new StringBuilder();
            examples.forEach(example -> in.append(oneLine(example.request())).append('\n'));

            Shequn.Run run = Shequn.run(in.toString(), "price", "--jsonl");

            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
            List<String> lines = run.out().lines().toList();
            assertThat(lines).hasSize(examples.size());
            for (int i = 0; i < examples.size(); i++) {
                assertThat(ContractAnswerMatcher.differences(examples.get(i).expected(), lines.get(i)))
                        .as(examples.get(i).name()).isEmpty();
            }
        }

        @Test
        void givenABadLineAndABlankLineInTheMiddle_whenPricing_thenTheyGetTheirProblemsAndTheNextLinesGoOn() {
            Example first = ContractExamples.example("01-olive-welcome-half-price");
            Example second = ContractExamples.example("17-exact-thirds-tie");
            String in = oneLine(first.request()) + "\n{\"currency\": \n\n" + oneLine(second.request()) + "\n";

            Shequn.Run run = Shequn.run(in, "price", "--jsonl");

            assertThat(run.exitCode()).isZero();
            List<String> lines = run.out().lines().toList();
            assertThat(lines).hasSize(4);
            assertThat(ContractAnswerMatcher.differences(first.expected(), lines.get(0))).isEmpty();
            assertThat(lines.get(1)).startsWith("{\"type\":\"https://shequn.dev/problems/invalid-request\"")
                    .contains("\"pointer\":\"\"").contains("line 1, column 14");
            assertThat(lines.get(2)).contains("\"pointer\":\"\"").contains("line 1, column 1");
            assertThat(ContractAnswerMatcher.differences(second.expected(), lines.get(3))).isEmpty();
        }

        @Test
        void givenARefusedRequestOnALine_whenPricing_thenItsProblemIsOnStandardOutput() {
            Example refused = ContractExamples.example("19-refused-types-and-pointers");

            Shequn.Run run = Shequn.run(oneLine(refused.request()) + "\n", "price", "--jsonl");

            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(ContractAnswerMatcher.differences(refused.expected(), run.out())).isEmpty();
        }

        @Test
        void givenWindowsLineEndingsAndNoFinalLineBreak_whenPricing_thenEveryLineIsAnswered() {
            String request = oneLine(ContractExamples.example("14-buy-x-get-y-pooled-cheapest").request());

            Shequn.Run run = Shequn.run(request + "\r\n" + request, "price", "--jsonl");

            List<String> lines = run.out().lines().toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).isEqualTo(lines.get(1)).startsWith("{\"currency\":\"CNY\"");
        }

        @Test
        void givenALineThatIsNotUtf8_whenPricing_thenItGetsItsProblemAndTheNextLineGoesOn() {
            byte[] request = (oneLine(ContractExamples.example("01-olive-welcome-half-price").request()) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            List<Byte> in = new ArrayList<>();
            for (byte b : new byte[] {'"', (byte) 0xFF, '"', '\n'}) {
                in.add(b);
            }
            for (byte b : request) {
                in.add(b);
            }
            byte[] bytes = new byte[in.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = in.get(i);
            }

            Shequn.Run run = Shequn.run(bytes, "price", "--jsonl");

            List<String> lines = run.out().lines().toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).contains("not UTF-8").contains("byte 2");
            assertThat(lines.get(1)).startsWith("{\"currency\":\"CNY\"");
        }

        @Test
        void givenTheEngineFailsOnALine_whenPricing_thenThatLineGetsItsProblemTheNextGoOnAndTheExitCodeIs1() {
            EvaluatePricingUseCase failingOnX = new EvaluatePricingUseCase() {
                @Override
                public Either<PricingRefused, PricingAnswer> evaluate(ContractRequest request) {
                    throw new UnsupportedOperationException("only JSON in this test");
                }

                @Override
                public JsonReply evaluateJson(String json) {
                    return json.equals("x") ? new JsonReply(500, "{\"status\":500}") : new JsonReply(200, "{\"ok\":\"" + json + "\"}");
                }
            };
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            picocli.CommandLine command = new picocli.CommandLine(
                    new PriceCommand(failingOnX, new ByteArrayInputStream("a\nx\nb\n".getBytes(StandardCharsets.UTF_8))));
            command.setOut(new PrintWriter(out));
            command.setErr(new PrintWriter(err));

            int exit = command.execute("--jsonl");

            assertThat(exit).isEqualTo(1);
            assertThat(out.toString()).isEqualTo("{\"ok\":\"a\"}\n{\"status\":500}\n{\"ok\":\"b\"}\n");
        }

        @Test
        void givenStandardOutputThatFails_whenPricing_thenItStopsAtTheFirstLineWithExitCode1() {
            String request = oneLine(ContractExamples.example("01-olive-welcome-half-price").request());
            int[] writes = {0};
            OutputStream closedPipe = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    writes[0]++;
                    throw new IOException("Broken pipe");
                }
            };
            picocli.CommandLine command = dev.shequn.adapter.cli.boot.Main.commandLine(
                    new ByteArrayInputStream((request + "\n" + request + "\n").getBytes(StandardCharsets.UTF_8)),
                    new PrintWriter(closedPipe), new PrintWriter(new StringWriter()));

            int exit = command.execute("price", "--jsonl");

            assertThat(exit).isEqualTo(1);
            assertThat(writes[0]).isEqualTo(1);
        }

        @Test
        void givenNoInput_whenPricing_thenNothingIsWrittenAndTheExitCodeIs0() {
            Shequn.Run run = Shequn.run("", "price", "--jsonl");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).isEmpty();
        }

        @Test
        void givenPrettyWithJsonLines_whenPricing_thenItIsAUsageError() {
            Shequn.Run run = Shequn.run("{}\n", "price", "--jsonl", "--pretty");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("--pretty cannot be used with --jsonl");
        }
    }

    @Nested
    class CommandLine {

        @Test
        void givenBothInputs_whenPricing_thenItIsAUsageError() {
            Shequn.Run run = Shequn.run("", "price", "--jsonl", "--request", "r.json");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("mutually exclusive");
        }

        @Test
        void givenNoInput_whenPricing_thenItIsAUsageError() {
            Shequn.Run run = Shequn.run("", "price");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("Missing required argument").contains("--request");
        }

        @Test
        void givenHelp_whenAskingForPrice_thenTheUsageAndExitCodesAreShown() {
            Shequn.Run run = Shequn.run("", "price", "--help");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Usage: shequn price").contains("--request=FILE").contains("--jsonl")
                    .contains("Exit codes:");
        }
    }
}
