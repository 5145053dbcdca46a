package org.neurite.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the server cannot serve, with the status to answer and the words to say. Handlers throw it;
 * {@link ErrorMapping} turns it into a JSON {@link ErrorBody} in one place.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String hint;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(int status, String error, String hint) {
        super(error);
        this.status = status;
        this.hint = hint;
    }

    public static ApiException notFound(String error, String hint) {
        return new ApiException(404, error, hint);
    }

    public static ApiException badRequest(String error, String hint) {
        return new ApiException(400, error, hint);
    }

    /** 429: the server is busy; {@code Retry-After} says how many seconds to wait before asking again. */
    public static ApiException tooManyRequests(String error, String hint, int retryAfterSeconds) {
        return new ApiException(429, error, hint).withHeader("Retry-After", Integer.toString(retryAfterSeconds));
    }

    /** Adds a response header (Retry-After, Allow...) to the error response. */
    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ErrorBody body() {
        return new ErrorBody(getMessage(), hint);
    }
}
