package org.neurite.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdxReaderTest {
    /** Two 2x3 images: pixel values 0..5 and 250..255. */
    private static byte[] twoImages() {
        return idx(IdxReader.IMAGES_MAGIC, new int[] {2, 2, 3}, 0, 1, 2, 3, 4, 5, 250, 251, 252, 253, 254, 255);
    }

    private static byte[] labels(int... values) {
        return idx(IdxReader.LABELS_MAGIC, new int[] {values.length}, values);
    }

    static byte[] idx(int magic, int[] dims, int... data) {
        byte[] bytes = new byte[4 + 4 * dims.length + data.length];
        putInt(bytes, 0, magic);
        for (int d = 0; d < dims.length; d++) {
            putInt(bytes, 4 + 4 * d, dims[d]);
        }
        for (int i = 0; i < data.length; i++) {
            bytes[4 + 4 * dims.length + i] = (byte) data[i];
        }
        return bytes;
    }

    private static void putInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }

    private static byte[] truncate(byte[] bytes, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, 0, out, 0, length);
        return out;
    }

    @Test
    void readsLabels() {
        assertArrayEquals(new int[] {7, 0, 9, 255}, IdxReader.readLabels("l", labels(7, 0, 9, 255)));
        assertArrayEquals(new int[0], IdxReader.readLabels("l", labels()));
    }

    @Test
    void readsImageHeaderWithoutCopyingPixels() {
        byte[] file = twoImages();
        IdxImages images = IdxReader.readImages("img", file);
        assertEquals(2, images.count());
        assertEquals(2, images.rows());
        assertEquals(3, images.cols());
        assertEquals(16, images.pixelOffset());
        assertSame(file, images.bytes());
        assertEquals(5, images.pixel(0, 1, 2));
        assertEquals(250, images.pixel(1, 0, 0));
        assertEquals(255, images.pixel(1, 1, 2));
    }

    @Test
    void buildsMnistDatasetScaledToUnitRange() {
        Dataset data = IdxReader.mnist("tiny", twoImages(), labels(3, 9));
        assertEquals(2, data.size());
        assertArrayEquals(new int[] {1, 2, 3}, data.featureShape());
        assertEquals(10, data.classCount());
        assertEquals(3, data.label(0));
        assertEquals(9, data.label(1));
        assertEquals(4f / 255f, data.feature(0, 4), 1e-7f);
        assertEquals(1f, data.feature(1, 5), 1e-7f);
        assertEquals(250f / 255f, data.feature(1, 0), 1e-7f);
    }

    @Test
    void gzipFileIsRecognised() {
        byte[] gzip = {0x1F, (byte) 0x8B, 0x08, 0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> IdxReader.readImages("train-images-idx3-ubyte", gzip));
        assertEquals("train-images-idx3-ubyte: magic number 0x1F8B0808 is not an IDX images file"
                + " (expected 0x00000803); a gzip file? decompress it first", e.getMessage());
        assertEquals("train-images-idx3-ubyte", e.fileName());
    }

    @Test
    void swappedFilesAreNamed() {
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> IdxReader.readLabels("train-labels-idx1-ubyte", twoImages()));
        assertEquals("train-labels-idx1-ubyte: magic number 0x00000803 is not an IDX labels file"
                + " (expected 0x00000801); it is an IDX images file: were the images and labels files swapped?",
                e.getMessage());
    }

    @Test
    void otherMagicIsReported() {
        byte[] bytes = idx(0x12345678, new int[] {0, 0, 0});
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages("x", bytes));
        assertEquals("x: magic number 0x12345678 is not an IDX images file (expected 0x00000803)", e.getMessage());
    }

    @Test
    void truncatedImagesSayHowManyBytesWereExpected() {
        byte[] cut = truncate(twoImages(), 20);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages("img", cut));
        assertEquals("img: counts say 28 bytes (2 images of 2x3 plus the 16-byte header) but the file has 20;"
                + " the file is truncated; download it again", e.getMessage());
    }

    @Test
    void truncatedLabels() {
        byte[] cut = truncate(labels(1, 2, 3), 10);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels("lab", cut));
        assertTrue(e.getMessage().startsWith("lab: counts say 11 bytes (3 labels plus the 8-byte header)"
                + " but the file has 10"), e.getMessage());
    }

    @Test
    void extraBytesAreRejected() {
        byte[] longer = new byte[twoImages().length + 4];
        System.arraycopy(twoImages(), 0, longer, 0, twoImages().length);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages("img", longer));
        assertTrue(e.getMessage().contains("counts say 28 bytes") && e.getMessage().contains("has 32"),
                e.getMessage());
    }

    @Test
    void absurdHeaderCountsDoNotOverflow() {
        byte[] bytes = idx(IdxReader.IMAGES_MAGIC, new int[] {60000, 100000, 100000});
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages("img", bytes));
        assertTrue(e.getMessage().contains("counts say more than 2147483647 bytes (60000 images of 100000x100000)"), e.getMessage());
    }

    @Test
    void negativeCountIsCorrupt() {
        byte[] bytes = idx(IdxReader.LABELS_MAGIC, new int[] {-1});
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels("lab", bytes));
        assertEquals("lab: header gives a negative label count (-1); the file is corrupt", e.getMessage());
    }

    @Test
    void fileShorterThanHeader() {
        IdxFormatException images = assertThrows(IdxFormatException.class,
                () -> IdxReader.readImages("img", new byte[10]));
        assertEquals("img: has 10 bytes, shorter than the 16-byte header of an IDX images file;"
                + " the file is empty or cut off, download it again", images.getMessage());
        IdxFormatException labels = assertThrows(IdxFormatException.class,
                () -> IdxReader.readLabels("lab", new byte[0]));
        assertTrue(labels.getMessage().startsWith("lab: has 0 bytes, shorter than the 8-byte header"),
                labels.getMessage());
    }

    @Test
    void imageAndLabelCountsMustMatch() {
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> IdxReader.mnist("train", "train-images", twoImages(), "t10k-labels", labels(1, 2, 3)));
        assertEquals("t10k-labels: has 3 labels but train-images has 2 images; they must come in pairs"
                + " (train with train, t10k with t10k)", e.getMessage());
    }

    @Test
    void digitLabelsAbove9AreRejected() {
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> IdxReader.mnist("train", twoImages(), labels(4, 12)));
        assertEquals("train labels: label 1 is 12 but digit labels must be 0..9;"
                + " is this really an MNIST labels file?", e.getMessage());
    }

    @Test
    void hexHasEightDigits() {
        assertEquals("0x00000000", IdxReader.hex(0));
        assertEquals("0xFFFFFFFF", IdxReader.hex(-1));
        assertEquals("0x00000801", IdxReader.hex(2049));
    }
}
