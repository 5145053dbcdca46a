package org.neurite.server.jobs;

/**
 * The body of {@code POST /api/jobs}, as sent. Unknown fields are refused by the strict mapper.
 *
 * @param recipe  a named recipe ("mlp") or recipe text ("from=mlp&epochs=1"), as the engine's {@code Recipe} reads it
 * @param dataset what to train on
 * @param name    an optional label shown in lists
 */
public record JobRequest(String recipe, DatasetRequest dataset, String name) {
}
