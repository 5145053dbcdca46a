package org.neurite.engine.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.model.Crc32;

/**
 * A .npz file: a zip of .npy arrays, as {@code numpy.savez} writes it, stored without compression (weights
 * barely compress, and storing needs no deflate in the engine). {@code numpy.load(path)["layer2.W"]} reads one.
 */
public final class Npz {
    private final List<String> names = new ArrayList<>();
    private final List<byte[]> arrays = new ArrayList<>();

    /** Adds the array {@code name} (".npy" is appended inside the zip, as NumPy expects). */
    public Npz add(String name, float[] values, int[] shape) {
        names.add(name + ".npy");
        arrays.add(Npy.of(values, shape));
        return this;
    }

    public byte[] toBytes() {
        ByteSink out = new ByteSink();
        int[] offsets = new int[names.size()];
        int[] crcs = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            byte[] data = arrays.get(i);
            offsets[i] = out.length();
            crcs[i] = Crc32.of(data, 0, data.length);
            localHeader(out, name(i), crcs[i], data.length);
            out.bytes(data);
        }
        int directory = out.length();
        for (int i = 0; i < names.size(); i++) {
            centralEntry(out, name(i), crcs[i], arrays.get(i).length, offsets[i]);
        }
        int directorySize = out.length() - directory;
        out.u32(0x06054b50).u16(0).u16(0).u16(names.size()).u16(names.size()).u32(directorySize).u32(directory)
                .u16(0);
        return out.toArray();
    }

    private byte[] name(int i) {
        return names.get(i).getBytes(StandardCharsets.UTF_8);
    }

    // fixed date and time (1980-01-01 00:00), so the same weights always give the same bytes
    private static final int DOS_TIME = 0;
    private static final int DOS_DATE = (1 << 5) | 1;

    private static void localHeader(ByteSink out, byte[] name, int crc, int size) {
        out.u32(0x04034b50).u16(20).u16(0).u16(0).u16(DOS_TIME).u16(DOS_DATE).u32(crc).u32(size).u32(size)
                .u16(name.length).u16(0).bytes(name);
    }

    private static void centralEntry(ByteSink out, byte[] name, int crc, int size, int offset) {
        out.u32(0x02014b50).u16(20).u16(20).u16(0).u16(0).u16(DOS_TIME).u16(DOS_DATE).u32(crc).u32(size).u32(size)
                .u16(name.length).u16(0).u16(0).u16(0).u16(0).u32(0).u32(offset).bytes(name);
    }
}
