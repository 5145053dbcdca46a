package org.neurite.server.http;

/**
 * A request the server cannot serve, with the status to answer and the words to say. Handlers throw it;
 * {@link ErrorMapping} turns it into a JSON {@link ErrorBody} in one place.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String hint;

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

    public int status() {
        return status;
    }

    public ErrorBody body() {
        return new ErrorBody(getMessage(), hint);
    }
}
