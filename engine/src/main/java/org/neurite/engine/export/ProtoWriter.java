package org.neurite.engine.export;

import java.nio.charset.StandardCharsets;

/**
 * Protocol-buffer wire encoding, the little of it ONNX needs: each field is a key (field number and wire type)
 * followed by a varint, a 32-bit float, or a length-prefixed run of bytes (strings, packed arrays and nested
 * messages). Written by hand so that the engine needs no protobuf library.
 */
final class ProtoWriter {
    private static final int VARINT = 0;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    private final ByteSink out = new ByteSink();

    /** An integer field (int32, int64 or enum); values here are never negative. */
    ProtoWriter integer(int field, int value) {
        key(field, VARINT);
        varint(value);
        return this;
    }

    ProtoWriter floatValue(int field, float value) {
        key(field, FIXED32);
        out.f32(value);
        return this;
    }

    ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ProtoWriter bytes(int field, byte[] value) {
        key(field, LENGTH_DELIMITED);
        varint(value.length);
        out.bytes(value);
        return this;
    }

    ProtoWriter message(int field, ProtoWriter message) {
        return bytes(field, message.toBytes());
    }

    /** A repeated integer field written once per value (unpacked, which every proto2 reader accepts). */
    ProtoWriter integers(int field, int[] values) {
        for (int v : values) {
            integer(field, v);
        }
        return this;
    }

    /** Appends fields already encoded (protobuf readers accept fields in any order). */
    ProtoWriter raw(byte[] fields) {
        out.bytes(fields);
        return this;
    }

    byte[] toBytes() {
        return out.toArray();
    }

    private void key(int field, int wireType) {
        varint((field << 3) | wireType);
    }

    private void varint(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative protobuf varint " + value);
        }
        int v = value;
        while (v >= 0x80) {
            out.u8((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.u8(v);
    }
}
