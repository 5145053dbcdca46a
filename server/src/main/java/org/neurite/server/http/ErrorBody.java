package org.neurite.server.http;

/**
 * The JSON body of every error response: what was wrong, and how to fix it. A record, so the keys always
 * come out in this order.
 */
public record ErrorBody(String error, String hint) {
}
