package dev.shequn.application.json;

/**
 * A JSON value as written, for readers that must judge the raw document: {@link JsonObject} keeps every
 * member in document order (duplicates included), {@link JsonNumber} keeps its text, and every parsed
 * value knows where it started.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /** Where the value starts in the parsed text; {@link JsonPosition#NONE} for a value built in code. */
    JsonPosition position();

    /** "an object", "a string", ...: for messages that say what was found instead. */
    String kind();
}
