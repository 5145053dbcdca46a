package org.neurite.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own rejections, made before any route sees the request (a path that is not valid UTF-8 or holds a NUL,
 * a URL or headers too large), answered with the same {@link ErrorBody} JSON as every other error instead of
 * Jetty's HTML page. Such a request's path cannot be trusted, so the answer is JSON whatever the path.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        // Jetty closes the connection after a request it could not read; say so, or a client may reuse it.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(json(code, message)), callback);
    }

    /** The body of a request Jetty could not even parse (431, 414 and the like). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(HttpHeader.CONNECTION, "close");
        try {
            return ByteBuffer.wrap(json(status, reason));
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static byte[] json(int status, String reason) throws JsonProcessingException {
        return Json.MAPPER.writeValueAsBytes(body(status, reason));
    }

    static ErrorBody body(int status, String reason) {
        String what = reason == null || reason.isBlank() ? "status " + status : reason;
        String detail = reason == null || reason.isBlank() || reason.equals(HttpStatus.getMessage(status)) ? ""
                : ": " + reason;
        return switch (status) {
            case 400 -> new ErrorBody("The request could not be read" + detail,
                    "Check the URL: it must be valid UTF-8, with any special character %-escaped and no control"
                            + " characters; and check that every header is well formed.");
            case 414 -> new ErrorBody("The URL is longer than this server accepts",
                    "Shorten it; send large data in the body of a POST instead.");
            case 431 -> new ErrorBody("The request's headers are larger than this server accepts",
                    "Send fewer or shorter headers (a large cookie for this host is the usual cause).");
            case 413 -> new ErrorBody("The request is larger than this server accepts",
                    "Job requests take up to 8 MB; model uploads up to the size of a model with the server's"
                            + " --max-params parameters.");
            default -> new ErrorBody(status >= 500 ? "The server failed to answer: " + what
                    : "The request was refused: " + what, "Check the request's method, URL and headers.");
        };
    }
}
