package dev.shequn.adapter.persistence.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.shequn.domain.shared.DomainEvent;

/**
 * The outbox payload: the event record as plain JSON (instants as ISO-8601 text, an empty {@code Optional} as null), readable by a host without
 * Shequn's classes. Unknown fields are ignored when reading, so a row written by a newer version whose record
 * gained a component still reads.
 */
final class EventJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    String write(DomainEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write event " + event.type() + " as JSON", e);
        }
    }

    DomainEvent read(String json, Class<? extends DomainEvent> eventClass) {
        try {
            return mapper.readValue(json, eventClass);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored event " + eventClass.getName(), e);
        }
    }
}
