package org.neurite.web.simd;

import java.io.ByteArrayOutputStream;

/** A growing byte string in the WebAssembly binary encoding: bytes, LEB128 numbers, names, sized sections. */
final class WasmBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    WasmBytes u8(int... values) {
        for (int value : values) {
            out.write(value);
        }
        return this;
    }

    /** Unsigned LEB128. */
    WasmBytes u32(int value) {
        do {
            int b = value & 0x7f;
            value >>>= 7;
            out.write(value != 0 ? b | 0x80 : b);
        } while (value != 0);
        return this;
    }

    /** Signed LEB128 (the encoding of i32.const). */
    WasmBytes s32(int value) {
        while (true) {
            int b = value & 0x7f;
            value >>= 7;
            boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return this;
            }
        }
    }

    WasmBytes name(String ascii) {
        u32(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            out.write(ascii.charAt(i));
        }
        return this;
    }

    /** A length-prefixed copy of {@code body}. */
    WasmBytes sized(WasmBytes body) {
        byte[] bytes = body.toByteArray();
        u32(bytes.length);
        out.write(bytes, 0, bytes.length);
        return this;
    }

    WasmBytes section(int id, WasmBytes body) {
        u8(id);
        return sized(body);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
