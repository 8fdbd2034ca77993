package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LifecycleTest {

    /** Hands log lines to the test as they come, so it can wait for one without sleeping. */
    private static final class QueueAppender extends AppenderBase<ILoggingEvent> {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        @Override
        protected void append(ILoggingEvent event) {
            lines.add(event.getFormattedMessage());
        }
    }

    @Test
    void givenRequests_whenAnswered_thenOneLogLineEachWithMethodPathStatusAndLatency() throws InterruptedException {
        Logger requests = (Logger) LoggerFactory.getLogger("dev.shequn.adapter.rest.requests");
        QueueAppender appender = new QueueAppender();
        appender.start();
        requests.addAppender(appender);
        try (TestServer http = new TestServer()) {
            http.get("/health", null);
            http.get("/v1/events", "wrong-key");

            assertThat(appender.lines.poll(10, TimeUnit.SECONDS)).matches("GET /health 200 \\d+\\.\\dms");
            assertThat(appender.lines.poll(10, TimeUnit.SECONDS)).matches("GET /v1/events 401 \\d+\\.\\dms");
        } finally {
            requests.detachAppender(appender);
        }
    }

    @Test
    void givenRunningServer_whenStopped_thenItNoLongerAnswers() {
        TestServer http = new TestServer();
        assertThat(http.get("/health", null).status()).isEqualTo(200);
        int port = http.server.port();

        http.close();

        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(5)).build();
        assertThatExceptionOfType(IOException.class).isThrownBy(() ->
                HttpClient.newHttpClient().send(health, HttpResponse.BodyHandlers.ofString()));
    }
}
