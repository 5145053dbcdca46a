package org.neurite.web.studio;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * Downloads the four MNIST IDX files from {@code base} (the server's {@code /data/mnist/}, gzip on the wire),
 * reporting the uncompressed bytes received so far. A gzipped or chunked response has no usable length, so
 * the caller measures progress against the files' fixed sizes ({@link MnistFiles#TOTAL_BYTES}). When one file
 * fails the others are cancelled and {@code failed} says which file and why; nothing is parsed here.
 */
final class MnistDownload {
    private MnistDownload() {
    }

    @JSFunctor
    interface Progress extends JSObject {
        void received(double bytes);
    }

    /** The four files, in {@link MnistFiles#NAMES} order. */
    @JSFunctor
    interface Done extends JSObject {
        void done(ArrayBuffer trainImages, ArrayBuffer trainLabels, ArrayBuffer testImages, ArrayBuffer testLabels);
    }

    @JSFunctor
    interface Failed extends JSObject {
        void failed(String message);
    }

    /** Starts the downloads; exactly one of {@code done} and {@code failed} is called, once. */
    static void start(String base, Progress progress, Done done, Failed failed) {
        fetchAll(base, String.join(",", MnistFiles.NAMES), progress, done, failed);
    }

    @JSBody(params = { "base", "names", "progress", "done", "failed" }, script = ""
            + "var files = names.split(','); var received = files.map(function () { return 0; });"
            + "var abort = new AbortController(); var over = false;"
            + "function report() { progress(received.reduce(function (a, b) { return a + b; }, 0)); }"
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
            + "    var reader = response.body.getReader(); var parts = [];"
            + "    function pump() {"
            + "      return reader.read().then(function (r) {"
            + "        if (r.done) {"
            + "          var all = new Uint8Array(received[i]); var at = 0;"
            + "          parts.forEach(function (p) { all.set(p, at); at += p.length; });"
            + "          return all.buffer;"
            + "        }"
            + "        parts.push(r.value); received[i] += r.value.length; report(); return pump();"
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
