package org.neurite.engine.model;

import java.nio.charset.StandardCharsets;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.nn.ModelSummary;
import org.neurite.engine.nn.Param;
import org.neurite.engine.random.Rng;

/**
 * The model file: one versioned binary format, written and read from {@code byte[]} so that the browser
 * and the server share it. Layout, little-endian:
 * <pre>
 * "NRTM" | version int32 | spec length int32 | spec text (UTF-8) | parameter count int32 |
 * per parameter: value count int32, values float32... | CRC-32 of everything before it, int32
 * </pre>
 * Reading checks each part and the checksum before building the model, so it never returns half a model.
 */
public final class ModelFile {
    public static final int VERSION = 1;
    /** Suggested file-name extension. */
    public static final String EXTENSION = ".neurite";

    private static final byte[] MAGIC = {'N', 'R', 'T', 'M'};

    private ModelFile() {
    }

    public static byte[] write(Model model) {
        byte[] spec = model.spec().toText().getBytes(StandardCharsets.UTF_8);
        Param[] params = model.params();
        int size = 4 + 4 + 4 + spec.length + 4 + 4;
        for (Param p : params) {
            size += 4 + 4 * p.size();
        }
        LittleEndian out = new LittleEndian(new byte[size]);
        out.putBytes(MAGIC);
        out.putInt(VERSION);
        out.putInt(spec.length);
        out.putBytes(spec);
        out.putInt(params.length);
        for (Param p : params) {
            out.putInt(p.size());
            for (float f : p.value()) {
                out.putInt(Float.floatToIntBits(f));
            }
        }
        out.putInt(Crc32.of(out.bytes(), 0, out.position()));
        return out.bytes();
    }

    public static Model read(byte[] bytes) {
        if (bytes == null || bytes.length < 12) {
            throw new ModelFormatException("not a Neurite model file: it has " + (bytes == null ? 0 : bytes.length)
                    + " bytes, fewer than the 12-byte header");
        }
        for (int i = 0; i < 4; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw new ModelFormatException("not a Neurite model file: it does not start with 'NRTM' "
                        + "(did you pick another file, such as a dataset or an image?)");
            }
        }
        LittleEndian in = new LittleEndian(bytes);
        in.skip(4);
        int version = in.getInt();
        if (version != VERSION) {
            throw new ModelFormatException("model file version " + version + " is not supported: this Neurite "
                    + "reads version " + VERSION + " (was it saved by a " + (version > VERSION ? "newer" : "older")
                    + " Neurite?)");
        }
        int stored = littleEndianInt(bytes, bytes.length - 4);
        if (Crc32.of(bytes, 0, bytes.length - 4) != stored) {
            throw new ModelFormatException("the model file is corrupt or truncated: its checksum does not match "
                    + "(" + bytes.length + " bytes); download or save it again");
        }
        ModelSpec spec = readSpec(in, bytes.length);
        requireRoomForWeights(spec, bytes.length - 4 - in.position(), bytes.length);
        Model model = Model.create(spec, new Rng(0));
        readParams(in, model.params(), bytes.length - 4);
        if (in.position() != bytes.length - 4) {
            throw new ModelFormatException("the model file has " + (bytes.length - 4 - in.position())
                    + " unexpected bytes after the weights");
        }
        return model;
    }

    private static ModelSpec readSpec(LittleEndian in, int length) {
        int specLength = in.getInt();
        if (specLength <= 0 || specLength > length - in.position() - 8) {
            throw new ModelFormatException("the model file is damaged: its spec length " + specLength
                    + " does not fit in " + length + " bytes");
        }
        String text = new String(in.getBytes(specLength), StandardCharsets.UTF_8);
        try {
            return ModelSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("the model file's spec '" + text + "' is invalid: " + e.getMessage());
        }
    }

    /**
     * The spec alone decides how much memory the model takes, so it is checked against the bytes that are
     * really there before anything is allocated: a small file declaring a huge model is refused here.
     */
    private static void requireRoomForWeights(ModelSpec spec, int weightBytes, int fileLength) {
        long parameters = ModelSummary.of(spec).parameterCount();
        if (parameters * 4 > weightBytes) {
            throw new ModelFormatException("the model file is damaged or truncated: its spec declares " + parameters
                    + " parameters (" + parameters * 4 + " bytes of weights) but the whole file has " + fileLength
                    + " bytes");
        }
    }

    private static void readParams(LittleEndian in, Param[] params, int end) {
        int count = in.require(4, end).getInt();
        if (count != params.length) {
            throw new ModelFormatException("the model file has " + count + " parameter tensors but its spec needs "
                    + params.length);
        }
        for (int i = 0; i < params.length; i++) {
            int size = in.require(4, end).getInt();
            if (size != params[i].size()) {
                throw new ModelFormatException("parameter " + (i + 1) + " (" + params[i].name() + ") has " + size
                        + " values in the file but the spec needs " + params[i].size());
            }
            in.require(4L * size, end);
            float[] values = params[i].value();
            for (int j = 0; j < size; j++) {
                values[j] = Float.intBitsToFloat(in.getInt());
            }
        }
    }

    private static int littleEndianInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    /** A cursor over a byte array. */
    private static final class LittleEndian {
        private final byte[] bytes;
        private int position;

        LittleEndian(byte[] bytes) {
            this.bytes = bytes;
        }

        byte[] bytes() {
            return bytes;
        }

        int position() {
            return position;
        }

        void skip(int n) {
            position += n;
        }

        LittleEndian require(long n, int end) {
            if (position + n > end) {
                throw new ModelFormatException("the model file ends early: " + n + " more bytes were expected at byte "
                        + position);
            }
            return this;
        }

        void putBytes(byte[] b) {
            System.arraycopy(b, 0, bytes, position, b.length);
            position += b.length;
        }

        byte[] getBytes(int n) {
            byte[] b = new byte[n];
            System.arraycopy(bytes, position, b, 0, n);
            position += n;
            return b;
        }

        void putInt(int v) {
            bytes[position++] = (byte) v;
            bytes[position++] = (byte) (v >>> 8);
            bytes[position++] = (byte) (v >>> 16);
            bytes[position++] = (byte) (v >>> 24);
        }

        int getInt() {
            int v = littleEndianInt(bytes, position);
            position += 4;
            return v;
        }
    }
}
