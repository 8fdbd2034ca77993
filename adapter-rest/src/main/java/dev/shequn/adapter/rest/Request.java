package dev.shequn.adapter.rest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shequn.domain.shared.MerchantId;
import io.javalin.http.Context;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One request as a route sees it: the authenticated merchant, a size-checked body, checked parameters. */
final class Request {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    /** How many times the body limit a refused body is read to answer 413 cleanly. */
    private static final long DRAIN_FACTOR = 16;

    private final Context ctx;
    private final MerchantId merchant;
    private final Json json;
    private final Validator validator;
    private final long maxBodyBytes;
    private byte[] body;

    Request(Context ctx, MerchantId merchant, Json json, Validator validator, long maxBodyBytes) {
        this.ctx = requireNonNull(ctx, "ctx");
        this.merchant = merchant;
        this.json = json;
        this.validator = validator;
        this.maxBodyBytes = maxBodyBytes;
    }

    Context ctx() {
        return ctx;
    }

    /** The merchant whose key authenticated the request; only on merchant routes. */
    MerchantId merchant() {
        if (merchant == null) {
            throw new IllegalStateException("no merchant on a route without a merchant key");
        }
        return merchant;
    }

    /**
     * The raw body: 415 unless it is declared JSON, 413 when larger than the limit, read at most once. The
     * stream is read with a limit, so a client lying about (or omitting) Content-Length cannot make the
     * server buffer more.
     */
    byte[] rawBody() {
        if (body != null) {
            return body;
        }
        String contentType = ctx.header("Content-Type");
        if (!isJson(contentType)) {
            throw new ProblemException(Problem.unsupportedMediaType(contentType));
        }
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxBodyBytes) {
                drain(in);
                throw new ProblemException(Problem.payloadTooLarge(maxBodyBytes));
            }
            byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (read.length > maxBodyBytes) {
                drain(in);
                throw new ProblemException(Problem.payloadTooLarge(maxBodyBytes));
            }
            body = read;
            return body;
        } catch (IOException e) {
            throw new ProblemException(Problem.malformedJson("The body could not be read."));
        }
    }

    /**
     * Reads and drops what is left of a refused body, up to a bound: a client still sending when the server
     * closes gets a connection reset instead of the 413. Beyond the bound the connection is simply closed.
     */
    private void drain(InputStream in) throws IOException {
        long budget = DRAIN_FACTOR * maxBodyBytes;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while (budget > 0 && (n = in.read(buffer)) > 0) {
            budget -= n;
        }
    }

    /** The body as text; bytes that are not UTF-8 are refused rather than replaced. */
    String bodyText() {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(rawBody()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(Problem.malformedJson("The body is not valid UTF-8."));
        }
    }

    /** The body bound to a request record and checked with its jakarta.validation constraints. */
    <T> T body(Class<T> type) {
        JsonNode tree = json.readObject(rawBody());
        T value = json.bind(tree, type);
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.validation(violations.stream()
                    .map(v -> Problem.FieldError.at(Validation.pointer(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::pointer))
                    .toList()));
        }
        return value;
    }

    String pathParam(String name) {
        return ctx.pathParam(name);
    }

    /** {@code ?limit=}: 1 to 500, 50 when absent. */
    int limit() {
        String raw = ctx.queryParam("limit");
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit < 1 || limit > MAX_LIMIT) {
                throw ProblemException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter("limit", "must be an integer between 1 and " + MAX_LIMIT);
        }
    }

    /** The decoded {@code ?cursor=}, which this service handed out as {@code nextCursor}. */
    Optional<String> cursor() {
        String raw = ctx.queryParam("cursor");
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.of(Cursors.decode(raw));
    }

    Optional<String> queryParam(String name) {
        return Optional.ofNullable(ctx.queryParam(name));
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return mediaType.equals("application/json");
    }

    /** Opaque paging cursors: base64url of a versioned position, so clients do not build them by hand. */
    static final class Cursors {
        private static final String VERSION = "v1:";

        private Cursors() {}

        static String encode(String position) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((VERSION + position).getBytes(StandardCharsets.UTF_8));
        }

        static String decode(String cursor) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                if (!decoded.startsWith(VERSION) || decoded.length() == VERSION.length()) {
                    throw ProblemException.invalidParameter("cursor", "not a cursor this service handed out");
                }
                return decoded.substring(VERSION.length());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidParameter("cursor", "not a cursor this service handed out");
            }
        }
    }

    /** A page of any list: its items and the cursor to the next page, null on the last. */
    record Page<T>(List<T> items, String nextCursor) {
        Page {
            items = List.copyOf(items);
        }
    }
}
