package org.neurite.web.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Views of the binary fields of a message. Each accepts an {@code ArrayBuffer} or any typed array over one,
 * and gives null for anything else, so the caller can say which field was wrong.
 */
final class TypedArrays {
    private TypedArrays() {
    }

    @JSBody(params = "value", script = ""
            + "if (value instanceof ArrayBuffer) { return new Int8Array(value); }"
            + "if (value != null && ArrayBuffer.isView(value)) {"
            + "  return new Int8Array(value.buffer, value.byteOffset, value.byteLength); }"
            + "return null;")
    static native Int8Array bytes(JSObject value);

    @JSBody(params = "value", script = ""
            + "if (value instanceof Float32Array) { return value; }"
            + "if (value instanceof ArrayBuffer && value.byteLength % 4 === 0) { return new Float32Array(value); }"
            + "if (Array.isArray(value)) { return new Float32Array(value); }"
            + "return null;")
    static native Float32Array floats(JSObject value);

    @JSBody(params = "value", script = ""
            + "if (value instanceof Int32Array) { return value; }"
            + "if (value instanceof ArrayBuffer && value.byteLength % 4 === 0) { return new Int32Array(value); }"
            + "if (Array.isArray(value)) { return new Int32Array(value); }"
            + "return null;")
    static native Int32Array ints(JSObject value);

    /**
     * The first {@code length} values of {@code values} in a typed array of their own, whose buffer can be
     * transferred without taking memory from the Java array (the JavaScript build may share it).
     */
    static Float32Array transferable(float[] values, int length) {
        return slice(Float32Array.copyFromJavaArray(values), length);
    }

    /** A copy of {@code values}' first {@code length} values, for a second receiver of the same array. */
    @JSBody(params = { "values", "length" }, script = "return values.slice(0, length);")
    static native Float32Array slice(Float32Array values, int length);

    /** The field {@code name} of {@code message} as Java bytes; the error names the field and what came instead. */
    static byte[] requireBytes(JSObject message, String name) {
        Int8Array view = bytes(Js.object(message, name));
        if (view == null) {
            throw new IllegalArgumentException("'" + name + "' must be an ArrayBuffer (or a typed array) with the"
                    + " file's bytes, but it is " + Js.kindOf(message, name));
        }
        // Shares the memory on the JS build, copies on Wasm GC (150-350 ms for the 47 MB MNIST images).
        return view.copyToJavaArray();
    }

    static float[] requireFloats(JSObject message, String name) {
        Float32Array view = floats(Js.object(message, name));
        if (view == null) {
            throw new IllegalArgumentException("'" + name + "' must be a Float32Array (or an array of numbers),"
                    + " but it is " + Js.kindOf(message, name));
        }
        return view.copyToJavaArray();
    }

    static int[] requireInts(JSObject message, String name) {
        Int32Array view = ints(Js.object(message, name));
        if (view == null) {
            throw new IllegalArgumentException("'" + name + "' must be an Int32Array (or an array of whole numbers),"
                    + " but it is " + Js.kindOf(message, name));
        }
        return view.copyToJavaArray();
    }
}
