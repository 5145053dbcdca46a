package org.neurite.engine.export;

/**
 * One float32 array in NumPy's .npy format (version 1.0): the magic, a Python-dict header padded so the data
 * starts on a 64-byte boundary, then the values little-endian in C order. {@code numpy.load} reads it as is.
 */
public final class Npy {
    private static final int ALIGN = 64;

    private Npy() {
    }

    /** The .npy bytes of {@code values}, C order, with {@code shape}. */
    public static byte[] of(float[] values, int[] shape) {
        StringBuilder dict = new StringBuilder("{'descr': '<f4', 'fortran_order': False, 'shape': ")
                .append(PythonWriter.tuple(shape)).append(", }");
        int preamble = 10; // magic (6), version (2), header length (2)
        int padded = ((preamble + dict.length() + 1 + ALIGN - 1) / ALIGN) * ALIGN;
        while (preamble + dict.length() + 1 < padded) {
            dict.append(' ');
        }
        dict.append('\n');
        ByteSink out = new ByteSink();
        out.u8(0x93).ascii("NUMPY").u8(1).u8(0).u16(dict.length()).ascii(dict.toString());
        return out.floats(values).toArray();
    }
}
