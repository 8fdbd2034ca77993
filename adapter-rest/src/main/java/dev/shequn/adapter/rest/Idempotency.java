package dev.shequn.adapter.rest;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.IdempotencyStore;
import dev.shequn.application.port.out.IdempotencyStore.Claim;
import dev.shequn.application.port.out.IdempotencyStore.StoredResponse;
import dev.shequn.domain.shared.MerchantId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * {@code Idempotency-Key} on a POST, PUT or PATCH: the first request with a key runs and its answer is kept;
 * the same key with the same method, path and body answers that again without running; with anything else
 * it is 422. Requests refused before they ran (bad input, 413, 415) and server faults keep nothing, so a
 * corrected retry with the same key runs.
 */
final class Idempotency {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final Json json;

    Idempotency(IdempotencyStore store, Json json) {
        this.store = requireNonNull(store, "store");
        this.json = requireNonNull(json, "json");
    }

    void run(MerchantId scope, Request request, RestServer.Action action, Consumer<Reply> writer) {
        String key = request.ctx().header(HEADER);
        if (key == null) {
            writer.accept(action.handle(request));
            return;
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.invalidParameter(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        // Read (and size-check) the body before claiming, so a refused body never holds a key.
        byte[] body = request.rawBody();
        String requestHash = hash(request.ctx().method().name(), request.ctx().path(), body);
        Claim claim = store.claim(scope, key, requestHash);
        if (claim instanceof Claim.Replay replay) {
            writer.accept(new Reply(replay.response().status(), replay.response()));
            return;
        }
        if (claim instanceof Claim.Mismatch) {
            throw new ProblemException(Problem.idempotencyKeyReused());
        }
        if (claim instanceof Claim.InProgress) {
            throw new ProblemException(Problem.idempotencyInProgress());
        }
        Reply reply;
        try {
            reply = action.handle(request);
        } catch (RuntimeException e) {
            store.release(scope, key);
            throw e;
        }
        if (reply.status() >= 500) {
            store.release(scope, key);
        } else {
            store.complete(scope, key,
                    new StoredResponse(requestHash, reply.status(), reply.contentType(), json.write(reply.replayBody())));
        }
        writer.accept(reply);
    }

    private static String hash(String method, String path, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 64);
        out.writeBytes((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return Hashing.sha256Hex(out.toByteArray());
    }
}
