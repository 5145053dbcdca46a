package org.neurite.server.mnist;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the entries of an uncompressed tar stream one after the other: 512-byte headers, each followed by
 * the entry's body padded to a multiple of 512. Understands ustar name prefixes, GNU long names ('L') and
 * pax "path" records ('x'), which is all an npm package tarball uses.
 */
final class TarReader {

    static final int BLOCK = 512;

    /** One entry: its path inside the archive, its size in bytes and its tar type flag ('0' = file). */
    record Entry(String name, long size, char type) {
        boolean isFile() {
            return type == '0' || type == '\0';
        }
    }

    private final InputStream in;
    private long unreadBodyBytes;
    private long paddingBytes;

    TarReader(InputStream in) {
        this.in = in;
    }

    /** Advances to the next entry (skipping whatever of the current one was not read); null at the end. */
    Entry next() throws IOException {
        String longName = null;
        while (true) {
            skipRestOfEntry();
            byte[] header = new byte[BLOCK];
            if (!readBlockOrEnd(header) || isZeroBlock(header)) {
                return null;
            }
            verifyChecksum(header);
            Entry entry = new Entry(longName != null ? longName : headerName(header), headerSize(header),
                    (char) header[156]);
            startBody(entry.size());
            if (entry.type() == 'L') {
                longName = cString(readBody(entry), 0, (int) entry.size());
            } else if (entry.type() == 'x') {
                String paxPath = PaxRecords.path(readBody(entry));
                longName = paxPath != null ? paxPath : longName;
            } else {
                return entry;
            }
        }
    }

    /** The current entry's body; reading past its end returns -1. */
    InputStream body() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (unreadBodyBytes == 0) {
                    return -1;
                }
                int read = in.read(buffer, offset, (int) Math.min(length, unreadBodyBytes));
                if (read < 0) {
                    throw new EOFException("the tar archive ends inside an entry (truncated download?)");
                }
                unreadBodyBytes -= read;
                return read;
            }
        };
    }

    private void startBody(long size) {
        unreadBodyBytes = size;
        paddingBytes = (BLOCK - size % BLOCK) % BLOCK;
    }

    private byte[] readBody(Entry entry) throws IOException {
        if (entry.size() > 1 << 20) {
            throw new IOException("tar metadata entry of " + entry.size() + " bytes is implausibly large");
        }
        return body().readAllBytes();
    }

    private void skipRestOfEntry() throws IOException {
        skipFully(unreadBodyBytes + paddingBytes);
        unreadBodyBytes = 0;
        paddingBytes = 0;
    }

    private void skipFully(long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the tar archive ends inside an entry (truncated download?)");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** Reads one whole block; false if the stream ended cleanly before it (tolerated as end of archive). */
    private boolean readBlockOrEnd(byte[] block) throws IOException {
        int filled = in.readNBytes(block, 0, BLOCK);
        if (filled == 0) {
            return false;
        }
        if (filled < BLOCK) {
            throw new EOFException("the tar archive ends inside a header (" + filled + " of 512 bytes)");
        }
        return true;
    }

    private static boolean isZeroBlock(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** The checksum is the sum of the header's bytes with the checksum field itself counted as spaces. */
    private static void verifyChecksum(byte[] header) throws IOException {
        long expected = parseOctal(header, 148, 8);
        long actual = 0;
        for (int i = 0; i < BLOCK; i++) {
            actual += (i >= 148 && i < 156) ? ' ' : header[i] & 0xff;
        }
        if (actual != expected) {
            throw new IOException("not a valid tar header (checksum " + actual + ", header says " + expected
                    + "); the archive is corrupt or not a tar file");
        }
    }

    private static String headerName(byte[] header) {
        String name = cString(header, 0, 100);
        boolean ustar = cString(header, 257, 5).equals("ustar");
        String prefix = ustar ? cString(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static long headerSize(byte[] header) throws IOException {
        if ((header[124] & 0x80) != 0) {
            // GNU base-256 encoding, used for entries of 8 GiB and more.
            long size = 0;
            for (int i = 125; i < 136; i++) {
                size = (size << 8) | (header[i] & 0xff);
            }
            return size;
        }
        return parseOctal(header, 124, 12);
    }

    /** Octal digits, optionally led by spaces and ended by a NUL or a space. */
    private static long parseOctal(byte[] header, int offset, int length) throws IOException {
        int i = offset;
        int end = offset + length;
        while (i < end && header[i] == ' ') {
            i++;
        }
        long value = 0;
        for (; i < end && header[i] != 0 && header[i] != ' '; i++) {
            byte b = header[i];
            if (b < '0' || b > '7') {
                throw new IOException("not a valid tar header (byte " + (b & 0xff) + " in the numeric field at "
                        + offset + "); the archive is corrupt or not a tar file");
            }
            value = value * 8 + (b - '0');
        }
        return value;
    }

    static String cString(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }
}
