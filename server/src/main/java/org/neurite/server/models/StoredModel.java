package org.neurite.server.models;

/**
 * A stored model as listed: also the content of its metadata file. The name is a label the uploader chose;
 * files are named by the server's id only.
 *
 * @param architecture the layers and the shape each puts out, for people ("dense 128 relu (128) -> ...")
 * @param spec         the model spec text, for programs
 * @param accuracy     the test accuracy the uploader reported (0..1), or null when unknown
 * @param created      when it was stored, ISO-8601
 */
public record StoredModel(String id, String name, String architecture, String spec, long parameters,
                          Double accuracy, long sizeBytes, String created) {
}
