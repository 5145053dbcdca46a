package org.neurite.engine.export;

import java.nio.charset.StandardCharsets;

/** A growing byte array written little-endian, the byte order of .npy, zip and ONNX's raw tensor data. */
final class ByteSink {
    private byte[] bytes = new byte[256];
    private int length;

    int length() {
        return length;
    }

    ByteSink u8(int v) {
        ensure(1);
        bytes[length++] = (byte) v;
        return this;
    }

    ByteSink u16(int v) {
        return u8(v).u8(v >>> 8);
    }

    ByteSink u32(int v) {
        return u16(v).u16(v >>> 16);
    }

    ByteSink f32(float v) {
        return u32(Float.floatToIntBits(v));
    }

    ByteSink floats(float[] values) {
        ensure(4 * values.length);
        for (float v : values) {
            f32(v);
        }
        return this;
    }

    ByteSink bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    ByteSink bytes(byte[] b, int from, int to) {
        ensure(to - from);
        System.arraycopy(b, from, bytes, length, to - from);
        length += to - from;
        return this;
    }

    ByteSink ascii(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    byte[] toArray() {
        byte[] out = new byte[length];
        System.arraycopy(bytes, 0, out, 0, length);
        return out;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            byte[] grown = new byte[Math.max(bytes.length * 2, length + more)];
            System.arraycopy(bytes, 0, grown, 0, length);
            bytes = grown;
        }
    }
}
