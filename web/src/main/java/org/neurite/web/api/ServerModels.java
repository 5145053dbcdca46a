package org.neurite.web.api;

import java.util.ArrayList;
import java.util.List;
import org.neurite.web.dom.SiteUrl;
import org.neurite.web.worker.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/** The server's model store ({@code /api/models}): store a model file, list the stored ones, download one. */
public final class ServerModels {
    static final String MODELS = "api/models";

    /** A stored model as the list shows it; {@code accuracy} NaN when the uploader did not know it. */
    public record Entry(String id, String name, String architecture, long parameters, double accuracy, long size,
                        String created) {
    }

    public interface Saved {
        void saved(Entry entry);

        void failed(String message);
    }

    public interface Listed {
        void listed(List<Entry> entries);

        void failed(String message);
    }

    public interface Downloaded {
        void downloaded(byte[] modelFile);

        void failed(String message);
    }

    private ServerModels() {
    }

    /** Stores {@code modelFile} as {@code name}, with its test accuracy (NaN: not known). */
    public static void save(byte[] modelFile, String name, double accuracy, Saved then) {
        String url = SiteUrl.of(MODELS) + "?name=" + Http.encode(name)
                + (Double.isNaN(accuracy) ? "" : "&accuracy=" + Double.toString(accuracy));
        Http.postBytes(url, Int8Array.copyFromJavaArray(modelFile), (status, body) -> {
            JSObject json = Http.isSuccess(status) ? ApiError.parseOrNull(body) : null;
            if (json == null) {
                then.failed(ApiError.describe(status, body));
            } else {
                then.saved(entry(json));
            }
        });
    }

    /** The stored models, as the server lists them. */
    public static void list(Listed then) {
        Http.text("GET", SiteUrl.of(MODELS), (status, body) -> {
            JSObject json = Http.isSuccess(status) ? ApiError.parseOrNull(body) : null;
            if (json == null || !isArray(json)) {
                then.failed(ApiError.describe(status, body));
                return;
            }
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < length(json); i++) {
                entries.add(entry(item(json, i)));
            }
            then.listed(entries);
        });
    }

    public static void download(String id, Downloaded then) {
        Http.bytes(SiteUrl.of(MODELS + "/" + Http.encode(id)), (status, buffer, text) -> {
            if (buffer == null) {
                then.failed(ApiError.describe(status, text));
            } else {
                then.downloaded(Int8Array.create(buffer).copyToJavaArray());
            }
        });
    }

    private static Entry entry(JSObject json) {
        String name = Js.string(json, "name");
        return new Entry(Js.string(json, "id"), name == null ? "" : name, Js.string(json, "architecture"),
                (long) Js.number(json, "parameters", 0), Js.number(json, "accuracy", Double.NaN),
                (long) Js.number(json, "sizeBytes", 0), Js.string(json, "created"));
    }

    @JSBody(params = "value", script = "return Array.isArray(value);")
    private static native boolean isArray(JSObject value);

    @JSBody(params = "array", script = "return array.length;")
    private static native int length(JSObject array);

    @JSBody(params = { "array", "index" }, script = "return array[index];")
    private static native JSObject item(JSObject array, int index);
}
