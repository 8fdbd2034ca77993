package dev.shequn.application.port.out;

/** New identifiers for stored things; a test fixes them, production uses random UUIDs. */
public interface IdGenerator {

    /** A new unique id, e.g. {@code c-3f2a...} for {@code prefix} "c". */
    String newId(String prefix);
}
