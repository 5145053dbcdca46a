package org.neurite.server.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.json.JavalinJackson;

/**
 * The server's one JSON mapper, strict on input: a field the endpoint does not know, a value of the wrong
 * type or trailing text is an error that names it, never silently ignored.
 */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private Json() {
    }

    /** The mapper for {@code config.jsonMapper(...)}: {@code ctx.json} and {@code ctx.bodyAsClass} use it. */
    public static JavalinJackson javalinMapper() {
        return new JavalinJackson(MAPPER, false);
    }
}
