package dev.shequn.adapter.rest;

import static dev.shequn.adapter.rest.RestServer.Access.MERCHANT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shequn.application.port.out.EventOutbox;
import java.time.Instant;
import java.util.List;

/** {@code GET /v1/events}: the merchant's outbox feed, oldest first, from a sequence number on. */
final class EventRoutes {

    private final RestServer.Router router;

    EventRoutes(RestServer.Router router) {
        this.router = router;
    }

    void register() {
        router.get("/v1/events", MERCHANT, this::list);
    }

    /** One event on the wire; {@code data} is the event record's own fields. */
    record EventView(long sequence, String type, Instant occurredAt, JsonNode data) {}

    private Reply list(Request request) {
        int limit = request.limit();
        long after = request.cursor().map(c -> parseSequence(c, "cursor"))
                .orElseGet(() -> request.queryParam("after").map(a -> parseSequence(a, "after")).orElse(0L));
        List<EventOutbox.StoredEvent> events = router.services().outbox().readAfter(request.merchant(), after, limit);
        List<EventView> items = events.stream().map(this::view).toList();
        String next = events.size() == limit
                ? Request.Cursors.encode(Long.toString(events.get(events.size() - 1).sequence()))
                : null;
        return Reply.ok(new Request.Page<>(items, next));
    }

    private EventView view(EventOutbox.StoredEvent stored) {
        ObjectNode data = router.json().mapper().valueToTree(stored.event());
        // Every event carries these; on the wire they sit beside data, not in it.
        data.remove("merchantId");
        data.remove("occurredAt");
        return new EventView(stored.sequence(), stored.event().type(), stored.event().occurredAt(), data);
    }

    private static long parseSequence(String raw, String parameter) {
        try {
            long value = Long.parseLong(raw);
            if (value < 0) {
                throw ProblemException.invalidParameter(parameter, "must not be negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(parameter, "must be a sequence number");
        }
    }
}
