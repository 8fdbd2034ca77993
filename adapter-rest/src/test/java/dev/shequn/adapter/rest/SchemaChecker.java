package dev.shequn.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The subset of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that Shequn's document uses: {@code $ref} to
 * {@code #/components/...}, {@code type} (one or several), {@code required}, {@code properties},
 * {@code additionalProperties}, {@code items}, {@code enum}, {@code const}, {@code pattern},
 * {@code minLength}/{@code maxLength}, {@code minimum}/{@code maximum}, {@code minItems}/{@code maxItems}, {@code oneOf}.
 * A keyword outside this subset is reported as an error, so the document cannot silently outgrow the checker.
 */
final class SchemaChecker {

    private static final List<String> KNOWN = List.of("$ref", "type", "required", "properties", "additionalProperties",
            "items", "enum", "const", "pattern", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems", "oneOf",
            "description", "format", "example", "examples", "title", "default");

    private final JsonNode document;

    SchemaChecker(JsonNode document) {
        this.document = document;
    }

    /** Every way {@code value} breaks {@code schema}, each with the pointer into the value; empty when it fits. */
    List<String> check(JsonNode schema, JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(schema, value, "", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> errors) {
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String keyword = names.next();
            if (!KNOWN.contains(keyword)) {
                errors.add(at + ": schema keyword '" + keyword + "' is not supported by the checker");
            }
        }
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asText()), value, at, errors);
            return;
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            for (JsonNode option : schema.get("oneOf")) {
                if (check(option, value).isEmpty()) {
                    matching++;
                }
            }
            if (matching != 1) {
                errors.add(at + ": matches " + matching + " of the oneOf schemas, not exactly one");
            }
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(at + ": expected type " + schema.get("type") + " but got " + value.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= option.equals(value);
            }
            if (!found) {
                errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(at + ": " + value + " is not " + schema.get("const"));
        }
        if (value.isTextual()) {
            String text = value.asText();
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
                errors.add(at + ": '" + text + "' does not match " + schema.get("pattern").asText());
            }
            int length = text.codePointCount(0, text.length());
            if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
                errors.add(at + ": shorter than " + schema.get("minLength"));
            }
            if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
                errors.add(at + ": longer than " + schema.get("maxLength"));
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
                errors.add(at + ": below minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
                errors.add(at + ": above maximum " + schema.get("maximum"));
            }
        }
        if (value.isObject()) {
            checkObject(schema, value, at, errors);
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                errors.add(at + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                errors.add(at + ": more than " + schema.get("maxItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), at + "/" + i, errors);
                }
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String at, List<String> errors) {
        if (schema.has("required")) {
            for (JsonNode name : schema.get("required")) {
                if (!value.has(name.asText())) {
                    errors.add(at + ": required property '" + name.asText() + "' is missing");
                }
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldAt = at + "/" + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), fieldAt, errors);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                errors.add(fieldAt + ": property not allowed");
            } else if (additional != null && additional.isObject()) {
                check(additional, field.getValue(), fieldAt, errors);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (typeMatches(option, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        JsonNode target = document.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("dangling reference " + ref);
        }
        return target;
    }
}
