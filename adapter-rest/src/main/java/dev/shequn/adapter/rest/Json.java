package dev.shequn.adapter.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.shequn.domain.shared.Money;
import java.io.IOException;
import java.util.List;

/**
 * REST's own JSON mapping: strict on the way in (unknown fields, wrong types, numbers where text belongs and
 * trailing garbage are errors, each pointing at the field), plain on the way out (ISO instants, money as a
 * decimal string with its currency).
 */
final class Json {

    private final ObjectMapper mapper;

    Json() {
        SingleValueRecords serializers = new SingleValueRecords();
        serializers.addSerializer(Money.class, new StdSerializer<>(Money.class) {
            @Override
            public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                gen.writeStringField("amount", value.toPlainString());
                gen.writeStringField("currency", value.currency().getCurrencyCode());
                gen.writeEndObject();
            }
        });
        SimpleModule domain = new SimpleModule("shequn-rest");
        domain.setSerializers(serializers);
        mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(domain)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        // A number is not a name, and a boolean is not a number: refuse rather than guess.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    /**
     * Domain ids are records of one {@code value}; on the wire they are that value, not an object around it.
     */
    private static final class SingleValueRecords extends com.fasterxml.jackson.databind.module.SimpleSerializers {
        @Override
        public com.fasterxml.jackson.databind.JsonSerializer<?> findSerializer(
                com.fasterxml.jackson.databind.SerializationConfig config,
                com.fasterxml.jackson.databind.JavaType type,
                com.fasterxml.jackson.databind.BeanDescription beanDesc) {
            com.fasterxml.jackson.databind.JsonSerializer<?> explicit = super.findSerializer(config, type, beanDesc);
            if (explicit != null) {
                return explicit;
            }
            Class<?> raw = type.getRawClass();
            if (raw.isRecord() && raw.getPackageName().startsWith("dev.shequn.domain")
                    && raw.getRecordComponents().length == 1
                    && raw.getRecordComponents()[0].getName().equals("value")) {
                java.lang.reflect.Method accessor = raw.getRecordComponents()[0].getAccessor();
                return new StdSerializer<Object>(Object.class) {
                    @Override
                    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                        try {
                            provider.defaultSerializeValue(accessor.invoke(value), gen);
                        } catch (ReflectiveOperationException e) {
                            throw new IOException("cannot read " + raw.getName() + ".value", e);
                        }
                    }
                };
            }
            return null;
        }
    }

    ObjectMapper mapper() {
        return mapper;
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** Parses a body that must be a JSON object; a syntax error is 400 malformed-json. */
    JsonNode readObject(byte[] body) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (StreamReadException e) {
            throw new ProblemException(Problem.malformedJson(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ProblemException(Problem.malformedJson("The body could not be read as JSON."));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ProblemException(Problem.malformedJson("The body is empty; a JSON object is expected."));
        }
        if (!tree.isObject()) {
            throw ProblemException.invalid("", "must be a JSON object");
        }
        return tree;
    }

    /** Binds a parsed body to a request record; every binding failure becomes a 400 with its pointer. */
    <T> T bind(JsonNode tree, Class<T> type) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.invalid(pointer(e), "unknown field");
        } catch (InvalidFormatException e) {
            throw ProblemException.invalid(pointer(e), "not a valid " + simpleName(e.getTargetType()));
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw ProblemException.invalid(pointer(e), String.valueOf(cause.getMessage()));
        } catch (MismatchedInputException e) {
            throw ProblemException.invalid(pointer(e), "wrong type: expected " + expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw ProblemException.invalid(pointer(e), "not valid here");
        } catch (InputCoercionException e) {
            throw ProblemException.invalid(pointer(e), "number out of range");
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("", e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("", "not valid: " + e.getMessage());
        }
    }

    static String pointer(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            out.append('/');
            if (ref.getFieldName() != null) {
                out.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                out.append(ref.getIndex());
            }
        }
        return out.toString();
    }

    private static String pointer(InputCoercionException e) {
        if (e.getProcessor() != null && e.getProcessor().getParsingContext() != null) {
            JsonStreamContext context = e.getProcessor().getParsingContext();
            return context.pathAsPointer().toString();
        }
        return "";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == String.class) {
            return "string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }
}
