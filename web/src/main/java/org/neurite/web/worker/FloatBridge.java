package org.neurite.web.worker;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * Moves float arrays between the engine and messages in bulk. On the Wasm GC build the values pass through a
 * direct buffer in the module's linear memory (a loop inside the module, then one typed-array copy in JavaScript)
 * rather than through {@code copyFromJavaArray} and {@code copyToJavaArray}: W1's posting of weights and rows
 * went from 5.9 to 4.4 ms a step with it (a loaded 2-core machine, so a rough figure). The JavaScript build's
 * arrays are typed arrays already and keep the plain calls.
 */
final class FloatBridge {
    private final boolean wasm = "wasm".equals(WorkerScope.target());
    private FloatBuffer buffer;

    /** The first {@code length} values of {@code values} in a typed array of their own (transferable). */
    Float32Array out(float[] values, int length) {
        if (!wasm) {
            return TypedArrays.transferable(values, length);
        }
        FloatBuffer b = reserve(length);
        b.put(values, 0, length);
        // the view is made afresh: a grown memory detaches the old one
        return TypedArrays.slice(Float32Array.fromJavaBuffer(b), length);
    }

    /** The values of {@code from} in a Java array (of exactly its length). */
    float[] in(Float32Array from) {
        if (!wasm) {
            return from.copyToJavaArray();
        }
        int length = from.getLength();
        FloatBuffer b = reserve(length);
        set(Float32Array.fromJavaBuffer(b), from);
        float[] values = new float[length];
        b.get(values, 0, length);
        return values;
    }

    private FloatBuffer reserve(int length) {
        if (buffer == null || buffer.capacity() < length) {
            buffer = ByteBuffer.allocateDirect(Math.max(length, 1) * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        buffer.clear();
        return buffer;
    }

    @JSBody(params = { "target", "source" }, script = "target.set(source);")
    private static native void set(Float32Array target, Float32Array source);
}
