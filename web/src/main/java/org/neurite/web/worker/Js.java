package org.neurite.web.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Reading and writing the plain JS objects that cross between page and worker. Both sides use it, so a field
 * is written and read the same way; absent fields read as the fallback the caller gives.
 */
public final class Js {
    private Js() {
    }

    /** A new empty object. */
    @JSBody(script = "return {};")
    public static native JSObject newObject();

    /** A new message {@code {type: type}}. */
    @JSBody(params = "type", script = "return {type: type};")
    public static native JSObject message(String type);

    @JSBody(params = { "object", "name", "value" }, script = "object[name] = value;")
    public static native void putString(JSObject object, String name, String value);

    @JSBody(params = { "object", "name", "value" }, script = "object[name] = value;")
    public static native void putNumber(JSObject object, String name, double value);

    @JSBody(params = { "object", "name", "value" }, script = "object[name] = value;")
    public static native void putBoolean(JSObject object, String name, boolean value);

    @JSBody(params = { "object", "name", "value" }, script = "object[name] = value;")
    public static native void putObject(JSObject object, String name, JSObject value);

    /** Whether {@code object[name]} is present (not undefined and not null). */
    @JSBody(params = { "object", "name" }, script = "return object != null && object[name] != null;")
    public static native boolean has(JSObject object, String name);

    /** {@code object[name]} as text, or null when absent. */
    @JSBody(params = { "object", "name" }, script = ""
            + "var v = object == null ? null : object[name];"
            + "return v == null ? null : String(v);")
    public static native String string(JSObject object, String name);

    /** {@code object[name]} as a number, or {@code fallback} when absent or not a finite number. */
    @JSBody(params = { "object", "name", "fallback" }, script = ""
            + "var v = object == null ? null : object[name];"
            + "return typeof v === 'number' && isFinite(v) ? v : fallback;")
    public static native double number(JSObject object, String name, double fallback);

    /** {@code object[name]} as a boolean, or {@code fallback} when absent. */
    @JSBody(params = { "object", "name", "fallback" }, script = ""
            + "var v = object == null ? null : object[name];"
            + "return typeof v === 'boolean' ? v : fallback;")
    public static native boolean bool(JSObject object, String name, boolean fallback);

    /** {@code object[name]}, or null when absent. */
    @JSBody(params = { "object", "name" }, script = "return object == null || object[name] == null ? null : object[name];")
    public static native JSObject object(JSObject object, String name);

    /** {@code typeof object[name]}, for error messages that say what was sent instead. */
    @JSBody(params = { "object", "name" }, script = ""
            + "var v = object == null ? undefined : object[name];"
            + "return v === null ? 'null' : Array.isArray(v) ? 'array' : "
            + "  (v instanceof ArrayBuffer ? 'ArrayBuffer' : typeof v);")
    public static native String kindOf(JSObject object, String name);

    /** The JS object of a JSON text (the engine writes its events as JSON). */
    @JSBody(params = "text", script = "return JSON.parse(text);")
    public static native JSObject parseJson(String text);

    /** The JSON text of a JS object. */
    @JSBody(params = "object", script = "return JSON.stringify(object);")
    public static native String toJson(JSObject object);

    /** The number a person typed ("0.05", " 1e-3 "), or NaN when it is not one. */
    @JSBody(params = "text", script = "var t = String(text).trim(); return t === '' ? NaN : Number(t);")
    public static native double parseNumber(String text);
}
