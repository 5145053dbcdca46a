package org.neurite.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link IdxReader#checkImages}: the whole-file checks, made from the header and the length alone. */
class IdxHeaderCheckTest {
    /** The 16-byte header of MNIST's training images: 60,000 images of 28 x 28. */
    private static final byte[] TRAIN_HEADER = Arrays.copyOf(
            IdxReaderTest.idx(IdxReader.IMAGES_MAGIC, new int[] {60_000, 28, 28}), 16);
    private static final int TRAIN_LENGTH = 47_040_016;

    @Test
    void aWholeFileGivesItsImageCount() {
        assertEquals(60_000, IdxReader.checkImages("train-images-idx3-ubyte", TRAIN_HEADER, TRAIN_LENGTH));
    }

    @Test
    void aTruncatedFileIsReportedAsWholeFileReadingWouldReportIt() {
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> IdxReader.checkImages("train-images-idx3-ubyte", TRAIN_HEADER, 1_000_000));
        assertEquals("train-images-idx3-ubyte: counts say 47040016 bytes (60000 images of 28x28 plus the 16-byte "
                + "header) but the file has 1000000; the file is truncated; download it again", e.getMessage());
        assertEquals("train-images-idx3-ubyte", e.fileName());
    }

    @Test
    void aShortOrForeignStartIsReported() {
        IdxFormatException shortFile = assertThrows(IdxFormatException.class,
                () -> IdxReader.checkImages("train-images-idx3-ubyte", new byte[5], 5));
        assertTrue(shortFile.getMessage().contains("has 5 bytes, shorter than the 16-byte header"),
                shortFile.getMessage());
        byte[] labels = Arrays.copyOf(IdxReaderTest.idx(IdxReader.LABELS_MAGIC, new int[] {60_000}), 16);
        IdxFormatException swapped = assertThrows(IdxFormatException.class,
                () -> IdxReader.checkImages("train-images-idx3-ubyte", labels, 60_008));
        assertTrue(swapped.getMessage().contains("were the images and labels files swapped?"), swapped.getMessage());
    }
}
