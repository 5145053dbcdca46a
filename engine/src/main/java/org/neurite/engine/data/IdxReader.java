package org.neurite.engine.data;

/**
 * Reads the IDX files MNIST ships in (http://yann.lecun.com/exdb/mnist/): a big-endian header, then
 * unsigned bytes. Works on {@code byte[]} so the browser and the server read the same way.
 *
 * <p>Only the two layouts MNIST uses are accepted: labels (magic {@code 0x00000801}: unsigned bytes,
 * one dimension) and images (magic {@code 0x00000803}: unsigned bytes, three dimensions).
 */
public final class IdxReader {
    public static final int LABELS_MAGIC = 0x00000801;
    public static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_HEADER_BYTES = 8;
    static final int IMAGES_HEADER_BYTES = 16;
    private static final int GZIP_MAGIC = 0x1F8B;
    private static final int MNIST_CLASSES = 10;

    private IdxReader() {
    }

    /** The labels of an IDX labels file, each 0..255. */
    public static int[] readLabels(String fileName, byte[] bytes) {
        requireHeader(fileName, bytes, LABELS_HEADER_BYTES, "labels");
        requireMagic(fileName, bytes, LABELS_MAGIC, "labels");
        int count = readDimension(fileName, bytes, 4, "label count");
        requireLength(fileName, bytes.length, LABELS_HEADER_BYTES, count, 1, count + " labels");
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = bytes[LABELS_HEADER_BYTES + i] & 0xFF;
        }
        return labels;
    }

    /** The header of an IDX images file; the pixels stay in {@code bytes}. */
    public static IdxImages readImages(String fileName, byte[] bytes) {
        requireHeader(fileName, bytes, IMAGES_HEADER_BYTES, "images");
        requireMagic(fileName, bytes, IMAGES_MAGIC, "images");
        int count = readDimension(fileName, bytes, 4, "image count");
        int rows = readDimension(fileName, bytes, 8, "row count");
        int cols = readDimension(fileName, bytes, 12, "column count");
        requireLength(fileName, bytes.length, IMAGES_HEADER_BYTES, count, (long) rows * cols,
                count + " images of " + rows + "x" + cols);
        return new IdxImages(fileName, bytes, count, rows, cols, IMAGES_HEADER_BYTES);
    }

    /**
     * Checks an IDX images file from its first bytes and its length alone, as {@link #readImages} would check
     * the whole file, and returns its image count. The browser page uses it on the 47 MB training images,
     * which it hands on to the training worker without copying them into its own memory.
     */
    public static int checkImages(String fileName, byte[] firstBytes, int fileLength) {
        requireHeader(fileName, firstBytes, IMAGES_HEADER_BYTES, "images");
        requireMagic(fileName, firstBytes, IMAGES_MAGIC, "images");
        int count = readDimension(fileName, firstBytes, 4, "image count");
        int rows = readDimension(fileName, firstBytes, 8, "row count");
        int cols = readDimension(fileName, firstBytes, 12, "column count");
        requireLength(fileName, fileLength, IMAGES_HEADER_BYTES, count, (long) rows * cols,
                count + " images of " + rows + "x" + cols);
        return count;
    }

    /** An MNIST-style dataset, naming the files {@code name + " images"} and {@code name + " labels"}. */
    public static Dataset mnist(String name, byte[] images, byte[] labels) {
        return mnist(name, name + " images", images, name + " labels", labels);
    }

    /**
     * Ten-class digit images of shape {1, rows, cols}, pixels scaled to [0, 1] when read. The pixel bytes
     * are shared with {@code images}, not copied.
     */
    public static Dataset mnist(String name, String imagesFile, byte[] images, String labelsFile, byte[] labels) {
        IdxImages header = readImages(imagesFile, images);
        int[] digits = readLabels(labelsFile, labels);
        if (digits.length != header.count()) {
            throw new IdxFormatException(labelsFile, "has " + digits.length + " labels but " + imagesFile
                    + " has " + header.count() + " images; they must come in pairs (train with train, t10k with t10k)");
        }
        for (int i = 0; i < digits.length; i++) {
            if (digits[i] >= MNIST_CLASSES) {
                throw new IdxFormatException(labelsFile, "label " + i + " is " + digits[i]
                        + " but digit labels must be 0..9; is this really an MNIST labels file?");
            }
        }
        return Dataset.pixels(name, images, header.pixelOffset(), new int[] {1, header.rows(), header.cols()},
                digits, MNIST_CLASSES);
    }

    private static void requireHeader(String fileName, byte[] bytes, int headerBytes, String kind) {
        if (bytes.length < headerBytes) {
            throw new IdxFormatException(fileName, "has " + bytes.length + " bytes, shorter than the "
                    + headerBytes + "-byte header of an IDX " + kind + " file; the file is empty or cut off,"
                    + " download it again");
        }
    }

    private static void requireMagic(String fileName, byte[] bytes, int expected, String kind) {
        int magic = readInt(bytes, 0);
        if (magic == expected) {
            return;
        }
        String problem = "magic number " + hex(magic) + " is not an IDX " + kind + " file (expected "
                + hex(expected) + ")";
        if ((magic >>> 16) == GZIP_MAGIC) {
            problem += "; a gzip file? decompress it first";
        } else if (magic == LABELS_MAGIC || magic == IMAGES_MAGIC) {
            problem += "; it is an IDX " + (magic == LABELS_MAGIC ? "labels" : "images")
                    + " file: were the images and labels files swapped?";
        }
        throw new IdxFormatException(fileName, problem);
    }

    private static int readDimension(String fileName, byte[] bytes, int offset, String what) {
        int value = readInt(bytes, offset);
        if (value < 0) {
            throw new IdxFormatException(fileName, "header gives a negative " + what + " (" + value
                    + "); the file is corrupt");
        }
        return value;
    }

    /**
     * Header-only arithmetic, so long multiplication is fine here. Both factors are checked to fit in an int
     * first: their product then cannot overflow a long, which could otherwise wrap to exactly the file's length.
     */
    private static void requireLength(String fileName, int length, int headerBytes, int count, long itemBytes,
                                      String contents) {
        if (itemBytes > Integer.MAX_VALUE) {
            throw new IdxFormatException(fileName, "counts say more than " + Integer.MAX_VALUE + " bytes ("
                    + contents + ") but the file has " + length + "; the header is corrupt");
        }
        long expected = headerBytes + count * itemBytes;
        if (length != expected) {
            String hint = length < expected ? "the file is truncated; download it again"
                    : "the file has extra bytes at the end; it is not a plain IDX file";
            throw new IdxFormatException(fileName, "counts say " + expected + " bytes (" + contents
                    + " plus the " + headerBytes + "-byte header) but the file has " + length + "; " + hint);
        }
    }

    static int readInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 24 | (bytes[offset + 1] & 0xFF) << 16
                | (bytes[offset + 2] & 0xFF) << 8 | (bytes[offset + 3] & 0xFF);
    }

    /** {@code 0x} and eight upper-case hex digits (String.format is not available in the browser build). */
    static String hex(int value) {
        char[] digits = new char[10];
        digits[0] = '0';
        digits[1] = 'x';
        for (int i = 0; i < 8; i++) {
            digits[2 + i] = "0123456789ABCDEF".charAt((value >>> (28 - 4 * i)) & 0xF);
        }
        return new String(digits);
    }
}
