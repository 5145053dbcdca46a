package org.neurite.web.worker;

import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * A model file as the worker sent it: the bytes of {@code ModelFile.write}, moved (not copied) to the page.
 * Hand {@link #buffer()} to a Blob for a download, or {@link #toByteArray()} to {@code ModelFile.read}.
 */
public final class ModelBytes {
    private final ArrayBuffer buffer;
    private final String spec;
    private final int parameterCount;

    ModelBytes(ArrayBuffer buffer, String spec, int parameterCount) {
        this.buffer = buffer;
        this.spec = spec;
        this.parameterCount = parameterCount;
    }

    public ArrayBuffer buffer() {
        return buffer;
    }

    /** The model's spec text. */
    public String spec() {
        return spec;
    }

    public int parameterCount() {
        return parameterCount;
    }

    public int byteLength() {
        return buffer.getByteLength();
    }

    /** The bytes as a Java array (shared on the JS build, a copy on Wasm GC). */
    public byte[] toByteArray() {
        return Int8Array.create(buffer).copyToJavaArray();
    }
}
