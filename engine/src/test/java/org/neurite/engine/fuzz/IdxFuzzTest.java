package org.neurite.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.IdxFormatException;
import org.neurite.engine.data.IdxImages;
import org.neurite.engine.data.IdxReader;

/** The IDX reader over mutated and random files: a result or an {@link IdxFormatException}, nothing else. */
class IdxFuzzTest {

    static byte[] labels(int count, int seed) {
        byte[] b = new byte[8 + count];
        putInt(b, 0, IdxReader.LABELS_MAGIC);
        putInt(b, 4, count);
        for (int i = 0; i < count; i++) {
            b[8 + i] = (byte) ((i * 7 + seed) % 10);
        }
        return b;
    }

    static byte[] images(int count, int rows, int cols) {
        byte[] b = new byte[16 + count * rows * cols];
        putInt(b, 0, IdxReader.IMAGES_MAGIC);
        putInt(b, 4, count);
        putInt(b, 8, rows);
        putInt(b, 12, cols);
        for (int i = 16; i < b.length; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    @Test
    void anyFileIsReadOrRefusedWithAMessage() {
        Mutator m = new Mutator(16);
        List<byte[]> seeds = List.of(labels(20, 1), labels(3, 2), images(3, 4, 4), images(2, 3, 5), images(1, 1, 1));
        int total = FuzzRun.run("idx", () -> {
            byte[] seed = seeds.get(m.random().nextInt(seeds.size()));
            return m.random().nextInt(10) == 0 ? m.randomBytes(64)
                    : m.mutate(seed, seeds.get(m.random().nextInt(seeds.size())));
        }, bytes -> {
            if (m.random().nextBoolean()) {
                int[] read = IdxReader.readLabels("f", bytes);
                assertEquals(bytes.length - 8, read.length);
            } else {
                IdxImages images = IdxReader.readImages("f", bytes);
                // A file the reader accepts has every pixel its header promises.
                if (images.count() > 0 && images.rows() > 0 && images.cols() > 0) {
                    images.pixel(images.count() - 1, images.rows() - 1, images.cols() - 1);
                }
                assertEquals(images.count(), IdxReader.checkImages("f", bytes, bytes.length));
            }
        }, 8, IdxFormatException.class);
        assertTrue(total > 0);
    }

    @Test
    void pairsOfFilesAreReadOrRefusedWithAMessage() {
        Mutator m = new Mutator(17);
        byte[] images = images(4, 3, 3);
        byte[] labels = labels(4, 0);
        FuzzRun.run("idx-pair", () -> new byte[][] {m.mutate(images, labels), m.mutate(labels, images)},
                pair -> {
                    Dataset data = IdxReader.mnist("fuzz", pair[0], pair[1]);
                    assertTrue(data.size() >= 0);
                }, 8, IdxFormatException.class);
    }

    @Test
    void hugeCountsInTheHeaderFailFastWithoutAllocating() {
        byte[] labels = labels(3, 0);
        putInt(labels, 4, Integer.MAX_VALUE);
        byte[] images = images(1, 2, 2);
        putInt(images, 4, Integer.MAX_VALUE);
        putInt(images, 8, Integer.MAX_VALUE);
        // 16 images of 2^30 x 2^30 overflow a 64-bit product to exactly the header's 16 bytes.
        byte[] wrapped = images(0, 0, 0);
        putInt(wrapped, 4, 16);
        putInt(wrapped, 8, 1 << 30);
        putInt(wrapped, 12, 1 << 30);
        long thread = Thread.currentThread().getId();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = mx.getThreadAllocatedBytes(thread);
        String a = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels("l", labels)).getMessage();
        String b = assertThrows(IdxFormatException.class, () -> IdxReader.readImages("i", images)).getMessage();
        String c = assertThrows(IdxFormatException.class, () -> IdxReader.readImages("w", wrapped)).getMessage();
        String d = assertThrows(IdxFormatException.class,
                () -> IdxReader.checkImages("w", wrapped, Integer.MAX_VALUE)).getMessage();
        long allocated = mx.getThreadAllocatedBytes(thread) - before;
        assertTrue(allocated < 1 << 20, "allocated " + allocated + " bytes");
        assertTrue(a.contains("2147483647") && a.contains("truncated"), a);
        assertTrue(b.contains("2147483647"), b);
        assertTrue(c.contains("16 images of 1073741824x1073741824") && d.contains("more than 2147483647"), c + " / " + d);
    }
}
