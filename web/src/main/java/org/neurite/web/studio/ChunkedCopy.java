package org.neurite.web.studio;

import org.neurite.web.dom.NextTask;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Copies a large ArrayBuffer into a Java byte array a megabyte per task: the 7.8 MB of MNIST test images take
 * tens of milliseconds to cross into the Wasm GC build's memory, too long for one task on a page that must
 * never block for 50 ms.
 */
final class ChunkedCopy {
    /** Bytes per task: about 2-7 ms on the Wasm GC build. */
    static final int CHUNK = 1 << 20;

    interface Done {
        void done(byte[] bytes);
    }

    private final ArrayBuffer buffer;
    private final byte[] bytes;
    private final Done done;
    private int position;

    private ChunkedCopy(ArrayBuffer buffer, Done done) {
        this.buffer = buffer;
        this.bytes = new byte[buffer.getByteLength()];
        this.done = done;
    }

    /** Starts copying {@code buffer}; {@code done} gets the bytes from a later task. */
    static void of(ArrayBuffer buffer, Done done) {
        ChunkedCopy copy = new ChunkedCopy(buffer, done);
        NextTask.once(copy::step);
    }

    private void step() {
        int length = Math.min(CHUNK, bytes.length - position);
        if (length > 0) {
            byte[] part = Int8Array.create(buffer, position, length).copyToJavaArray();
            System.arraycopy(part, 0, bytes, position, length);
            position += length;
        }
        if (position < bytes.length) {
            NextTask.once(this::step);
        } else {
            done.done(bytes);
        }
    }
}
