package dev.shequn.adapter.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as a real process, the way the README starts it. */
class ShequnJarIT {

    private static final Pattern URL = Pattern.compile("listening on (http://\\S+)");
    private static final Pattern DEMO_KEY = Pattern.compile("API key: (\\S+)");

    @TempDir
    Path dir;

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("shequn.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("SHEQUN_ADMIN_KEY");
        return builder.start();
    }

    @Test
    void givenTheJar_whenRunningTheDemo_thenItExitsWith0AndPrintsTheReport() throws Exception {
        Process demo = start("demo", "--data", dir.resolve("demo").toString());
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(demo.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String text = output.get(10, TimeUnit.SECONDS);
            assertThat(demo.exitValue()).as(text).isZero();
            assertThat(text).contains("members").contains("100").contains("repurchaseRatePercent").contains("41.67")
                    .containsPattern("discountCost +CNY [1-9]").containsPattern("rewardsGranted +31")
                    .containsPattern("ladder past-1 +50% 40% 30%");
        } finally {
            demo.destroyForcibly();
        }
    }

    @Test
    void givenTheJar_whenServingOnPort0WithTheDemo_thenHealthAnswersAndTheDemoKeyWorks() throws Exception {
        Process serve = start("serve", "--port", "0", "--demo", "--data", dir.resolve("db").toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            // Bounded wait for the banner: reading lines blocks, so it runs in the background with a deadline.
            CompletableFuture<List<String>> banner = CompletableFuture.supplyAsync(() -> {
                List<String> lines = new ArrayList<>();
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                        if (line.startsWith("Stop with")) {
                            break;
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return lines;
            });
            List<String> lines = banner.get(60, TimeUnit.SECONDS);
            String text = String.join("\n", lines);
            Matcher url = URL.matcher(text);
            Matcher key = DEMO_KEY.matcher(text);
            assertThat(url.find()).as(text).isTrue();
            assertThat(key.find()).as(text).isTrue();
            assertThat(text).contains("Admin key (generated");

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url.group(1) + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("up");

            HttpResponse<String> events = http.send(HttpRequest.newBuilder(
                            URI.create(url.group(1) + "/v1/events"))
                    .header("Authorization", "Bearer " + key.group(1))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(events.statusCode()).as(events.body()).isEqualTo(200);
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
