package dev.shequn.adapter.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void givenTheReadmeExample_whenRun_thenItPrintsThatTwoOrdersMadeAliceSenior() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("wx-alice's tier: senior" + System.lineSeparator());
    }

    @Test
    void givenTheReadme_whenRead_thenItShowsTheExampleAsItIsInTheCode() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String example = Files.readString(Path.of("src/main/java/dev/shequn/adapter/cli/boot/EmbeddingExample.java"));
        String main = example.substring(example.indexOf("public static void main"), example.lastIndexOf('}')).strip();

        assertThat(main.lines().map(String::strip).filter(l -> !l.isEmpty()))
                .allSatisfy(line -> assertThat(readme).contains(line));
    }
}
