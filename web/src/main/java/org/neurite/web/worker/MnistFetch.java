package org.neurite.web.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * Fetches the four MNIST IDX files from the server ({@code /data/mnist/<name>}, gzip on the wire) for a
 * {@link WorkerDataset#mnist}. Progress counts uncompressed bytes against the files' fixed sizes, because a
 * gzipped response has no usable length.
 */
public final class MnistFetch {
    /** Total size of the four files, uncompressed. */
    public static final double TOTAL_BYTES = 47_040_016.0 + 60_008 + 7_840_016 + 10_008;

    private MnistFetch() {
    }

    /** Receives the bytes loaded so far out of {@link #TOTAL_BYTES}. */
    @JSFunctor
    public interface Progress extends JSObject {
        void loaded(double bytes);
    }

    /** Receives the four files. */
    @JSFunctor
    public interface Done extends JSObject {
        void done(ArrayBuffer trainImages, ArrayBuffer trainLabels, ArrayBuffer testImages, ArrayBuffer testLabels);
    }

    /** Receives what went wrong and what to do. */
    @JSFunctor
    public interface Failed extends JSObject {
        void failed(String message);
    }

    /** Starts the four downloads; exactly one of {@code done} and {@code failed} is called. */
    @JSBody(params = { "progress", "done", "failed" }, script = ""
            + "var names = ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte', 't10k-images-idx3-ubyte',"
            + "    't10k-labels-idx1-ubyte'];"
            + "var sizes = [47040016, 60008, 7840016, 10008];"
            + "var loaded = [0, 0, 0, 0];"
            + "function report() { progress(loaded[0] + loaded[1] + loaded[2] + loaded[3]); }"
            + "function one(name, i) {"
            + "  return fetch('/data/mnist/' + name).then(function (response) {"
            + "    if (!response.ok) {"
            + "      return response.text().then(function (body) {"
            + "        var detail = body; try { var j = JSON.parse(body); detail = j.error + (j.hint ? '. ' + j.hint : ''); }"
            + "        catch (e) {}"
            + "        throw new Error('the server answered ' + response.status + ' for ' + name + ': ' + detail);"
            + "      });"
            + "    }"
            // Chunks go straight into a buffer of the file's known size: no 47 MB copy at the end, which would
            // block the page for tens of milliseconds.
            + "    var all = new Uint8Array(sizes[i]); var reader = response.body.getReader();"
            + "    function pump() {"
            + "      return reader.read().then(function (r) {"
            + "        if (r.done) {"
            + "          if (loaded[i] !== sizes[i]) {"
            + "            throw new Error(name + ' has ' + loaded[i] + ' bytes, not ' + sizes[i]); }"
            + "          return all.buffer;"
            + "        }"
            + "        if (loaded[i] + r.value.length > sizes[i]) {"
            + "          throw new Error(name + ' is longer than the ' + sizes[i] + ' bytes of the MNIST file'); }"
            + "        all.set(r.value, loaded[i]); loaded[i] += r.value.length; report(); return pump();"
            + "      });"
            + "    }"
            + "    return pump();"
            + "  });"
            + "}"
            + "Promise.all(names.map(one)).then(function (b) { done(b[0], b[1], b[2], b[3]); },"
            + "  function (e) { failed('Could not download MNIST: ' + (e && e.message ? e.message : e)"
            + "      + '. Check that the server is running and reload the page.'); });")
    public static native void start(Progress progress, Done done, Failed failed);
}
