package org.neurite.server.mnist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Builds small ustar archives by hand, so the tar reader is tested against bytes laid out per the spec. */
final class TestTarballs {

    private final ByteArrayOutputStream tar = new ByteArrayOutputStream();

    TestTarballs file(String name, byte[] body) {
        return entry(name, '0', body);
    }

    TestTarballs entry(String name, char type, byte[] body) {
        tar.writeBytes(header(name, type, body.length));
        tar.writeBytes(body);
        tar.writeBytes(new byte[(512 - body.length % 512) % 512]);
        return this;
    }

    /** A pax extended header whose "path" record names the entry that follows. */
    TestTarballs paxPath(String path) {
        String record = " path=" + path + "\n";
        int length = record.length();
        length += Integer.toString(length + Integer.toString(length).length()).length();
        return entry("PaxHeader", 'x', (length + record).getBytes(StandardCharsets.UTF_8));
    }

    byte[] tar() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(tar.toByteArray());
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    byte[] tgz() {
        return gzip(tar());
    }

    /** An npm-style package tarball holding the given files under package/data/. */
    static byte[] npmPackage(Map<String, byte[]> dataFiles) {
        TestTarballs builder = new TestTarballs().file("package/package.json", "{}".getBytes(StandardCharsets.UTF_8));
        dataFiles.forEach((name, body) -> builder.file("package/data/" + name, body));
        return builder.tgz();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] header(String name, char type, long size) {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 108, "0001750");
        put(header, 116, "0001750");
        put(header, 124, String.format("%011o", size));
        put(header, 136, "14572662160");
        header[156] = (byte) type;
        put(header, 257, "ustar");
        put(header, 263, "00");
        int checksum = 0;
        for (int i = 0; i < 512; i++) {
            checksum += (i >= 148 && i < 156) ? ' ' : header[i] & 0xff;
        }
        put(header, 148, String.format("%06o", checksum));
        header[155] = ' ';
        return header;
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
