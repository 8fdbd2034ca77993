package dev.shequn.adapter.rest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches Javalin (a URI or headers too long, a broken request line)
 * as problem+json too, so a client never has to parse an HTML error page.
 */
final class JettyProblems extends ErrorHandler {

    private final Json json;

    JettyProblems(Json json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        return ByteBuffer.wrap(body(status, reason));
    }

    private byte[] body(int status, String message) {
        String title = HttpStatus.getMessage(status);
        Problem problem = status == 404 ? Problem.notFound(message) : Problem.ofStatus(status, title == null ? "Error" : title);
        return json.write(problem).getBytes(StandardCharsets.UTF_8);
    }
}
