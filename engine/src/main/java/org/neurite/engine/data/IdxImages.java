package org.neurite.engine.data;

/**
 * The header of an IDX images file plus the bytes it came from. The pixels are not copied: image
 * {@code i}, row {@code r}, column {@code c} is {@code bytes()[pixelOffset() + (i * rows() + r) * cols() + c]}.
 */
public final class IdxImages {
    private final String fileName;
    private final byte[] bytes;
    private final int count;
    private final int rows;
    private final int cols;
    private final int pixelOffset;

    IdxImages(String fileName, byte[] bytes, int count, int rows, int cols, int pixelOffset) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.count = count;
        this.rows = rows;
        this.cols = cols;
        this.pixelOffset = pixelOffset;
    }

    public String fileName() {
        return fileName;
    }

    /** The whole file, shared with the caller (not a copy). */
    public byte[] bytes() {
        return bytes;
    }

    public int count() {
        return count;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Where the first pixel of the first image sits in {@link #bytes()}. */
    public int pixelOffset() {
        return pixelOffset;
    }

    /** The unsigned value (0..255) of one pixel. */
    public int pixel(int image, int row, int col) {
        return bytes[pixelOffset + (image * rows + row) * cols + col] & 0xFF;
    }
}
