package org.neurite.web.worker;

import org.neurite.web.dom.SiteUrl;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * Downloads the four MNIST IDX files (the server's {@code /data/mnist/}, gzip on the wire), for the Studio, the
 * bench page and the worker check. Progress counts uncompressed bytes against the files' fixed sizes, because a
 * gzipped response has no usable length. When one file fails the others are cancelled and the message names the
 * file and what happened. A file that ends early is handed on as it is, so that the engine's reader can say
 * exactly what is missing; nothing is parsed here.
 */
public final class MnistFetch {
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    /** The server's route for them, from the site's root (a static site keeps the files there too). */
    public static final String DEFAULT_BASE = "data/mnist/";

    /** 60,000 and 10,000 images of 28 x 28 bytes plus a 16-byte header; labels: one byte each plus 8. */
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

    /** Receives what went wrong, file by name. */
    @JSFunctor
    public interface Failed extends JSObject {
        void failed(String message);
    }

    /** Downloads from the server's own route. */
    public static void start(Progress progress, Done done, Failed failed) {
        start(DEFAULT_BASE, progress, done, failed);
    }

    /** Starts the four downloads from {@code base}; exactly one of {@code done} and {@code failed} is called. */
    public static void start(String base, Progress progress, Done done, Failed failed) {
        fetchAll(SiteUrl.of(base), TRAIN_IMAGES + "," + TRAIN_LABELS + "," + TEST_IMAGES + "," + TEST_LABELS, progress, done,
                failed);
    }

    @JSBody(params = { "base", "names", "progress", "done", "failed" }, script = ""
            + "var files = names.split(','); var sizes = [47040016, 60008, 7840016, 10008];"
            + "var received = [0, 0, 0, 0]; var abort = new AbortController(); var over = false;"
            + "function report() { progress(received[0] + received[1] + received[2] + received[3]); }"
            + "function why(name, response, body) {"
            + "  var detail = body;"
            + "  try { var j = JSON.parse(body); detail = j.error + (j.hint ? ' ' + j.hint : ''); } catch (e) {}"
            + "  return name + ': the server answered ' + response.status + (detail ? ' (' + detail.trim() + ')' : '');"
            + "}"
            + "function one(name, i) {"
            + "  return fetch(base + name, {signal: abort.signal}).then(function (response) {"
            + "    if (!response.ok) {"
            + "      return response.text().then(function (body) { throw new Error(why(name, response, body)); });"
            + "    }"
            + "    if (!response.body) {"
            + "      return response.arrayBuffer().then(function (b) { received[i] = b.byteLength; report(); return b; });"
            + "    }"
            // Chunks go straight into a buffer of the file's known size: no 47 MB copy at the end, which would
            // block the page for tens of milliseconds.
            + "    var all = new Uint8Array(sizes[i]); var reader = response.body.getReader();"
            + "    function pump() {"
            + "      return reader.read().then(function (r) {"
            + "        if (r.done) {"
            + "          return received[i] === sizes[i] ? all.buffer : all.buffer.slice(0, received[i]);"
            + "        }"
            + "        if (received[i] + r.value.length > sizes[i]) {"
            + "          throw new Error('it is longer than the ' + sizes[i] + ' bytes of the MNIST file');"
            + "        }"
            + "        all.set(r.value, received[i]); received[i] += r.value.length; report(); return pump();"
            + "      });"
            + "    }"
            + "    return pump().catch(function (e) {"
            + "      throw new Error(name + ': the download broke off after ' + received[i] + ' bytes ('"
            + "          + (e && e.message ? e.message : e) + ')');"
            + "    });"
            + "  }, function (e) {"
            + "    throw new Error(name + ': ' + (e && e.message ? e.message : e)"
            + "        + ' (is the server running and reachable?)');"
            + "  });"
            + "}"
            + "Promise.all(files.map(one)).then(function (b) {"
            + "  if (!over) { over = true; done(b[0], b[1], b[2], b[3]); }"
            + "}, function (e) {"
            + "  if (!over) { over = true; abort.abort(); failed(e && e.message ? e.message : String(e)); }"
            + "});")
    private static native void fetchAll(String base, String names, Progress progress, Done done, Failed failed);
}
