package org.neurite.server.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TarReaderTest {

    @Test
    void readsNamesSizesAndBodiesAndSkipsUnreadBodies() throws IOException {
        byte[] big = new byte[1300];
        Arrays.fill(big, (byte) 7);
        byte[] tar = new TestTarballs().file("package/a.txt", bytes("hello"))
                .file("package/big.bin", big)
                .file("package/data/z", bytes("last")).tar();
        TarReader reader = new TarReader(new ByteArrayInputStream(tar));

        TarReader.Entry first = reader.next();
        assertEquals(new TarReader.Entry("package/a.txt", 5, '0'), first);
        assertArrayEquals(bytes("hello"), reader.body().readAllBytes());

        TarReader.Entry second = reader.next();
        assertEquals("package/big.bin", second.name());
        assertEquals(1300, second.size());
        assertEquals(7, reader.body().read(), "read one byte, leave 1299 for next() to skip");

        TarReader.Entry third = reader.next();
        assertEquals("package/data/z", third.name());
        assertTrue(third.isFile());
        assertArrayEquals(bytes("last"), reader.body().readAllBytes());
        assertNull(reader.next());
    }

    @Test
    void paxPathAndGnuLongNameReplaceTheHeaderName() throws IOException {
        String longName = "package/" + "d".repeat(120) + "/file";
        byte[] tar = new TestTarballs().paxPath("package/data/from-pax").file("PaxShortName", bytes("1"))
                .entry("././@LongLink", 'L', bytes(longName + "\0")).file("truncated", bytes("2")).tar();
        TarReader reader = new TarReader(new ByteArrayInputStream(tar));

        assertEquals("package/data/from-pax", reader.next().name());
        assertEquals(longName, reader.next().name());
        assertArrayEquals(bytes("2"), reader.body().readAllBytes());
        assertNull(reader.next());
    }

    @Test
    void directoriesAreNotFiles() throws IOException {
        byte[] tar = new TestTarballs().entry("package/data/", '5', new byte[0]).tar();
        TarReader.Entry entry = new TarReader(new ByteArrayInputStream(tar)).next();
        assertEquals('5', entry.type());
        assertTrue(!entry.isFile());
    }

    @Test
    void aCorruptHeaderIsReportedWithItsChecksum() {
        byte[] tar = new TestTarballs().file("package/a.txt", bytes("hello")).tar();
        tar[3] ^= 0x20;
        IOException e = assertThrows(IOException.class, () -> new TarReader(new ByteArrayInputStream(tar)).next());
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void aTruncatedArchiveSaysSo() throws IOException {
        byte[] whole = new TestTarballs().file("package/big.bin", new byte[2000]).tar();
        byte[] cut = Arrays.copyOf(whole, 512 + 1000);
        TarReader reader = new TarReader(new ByteArrayInputStream(cut));
        reader.next();
        EOFException e = assertThrows(EOFException.class, () -> reader.body().readAllBytes());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());

        byte[] halfHeader = Arrays.copyOf(whole, 100);
        EOFException inHeader = assertThrows(EOFException.class,
                () -> new TarReader(new ByteArrayInputStream(halfHeader)).next());
        assertTrue(inHeader.getMessage().contains("100 of 512"), inHeader.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
