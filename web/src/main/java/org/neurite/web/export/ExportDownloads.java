package org.neurite.web.export;

import org.neurite.engine.export.Exports;
import org.neurite.web.dom.Downloads;

/**
 * Offers one export of a model as downloads. The engine writes every byte; the page only saves them. A Python
 * file whose weights live in an .npz brings the .npz along, so the two land in the same folder.
 */
public final class ExportDownloads {
    private ExportDownloads() {
    }

    /** Saves the export {@code kind} ("json", "pytorch", "numpy" or "onnx"); returns what was saved, for a status line. */
    public static String save(Exports exports, String kind) {
        Exports.Kind k = switch (kind) {
            case "pytorch" -> Exports.Kind.PYTORCH;
            case "numpy" -> Exports.Kind.NUMPY;
            case "onnx" -> Exports.Kind.ONNX;
            default -> Exports.Kind.WEIGHTS_JSON;
        };
        Downloads.saveBytes(exports.fileName(k), exports.bytes(k), k.mediaType());
        boolean python = k == Exports.Kind.PYTORCH || k == Exports.Kind.NUMPY;
        if (python && exports.needsNpz()) {
            Downloads.saveBytes(exports.fileName(Exports.Kind.NPZ), exports.bytes(Exports.Kind.NPZ),
                    Exports.Kind.NPZ.mediaType());
            return "Saved " + exports.fileName(k) + " and its weights, " + exports.fileName(Exports.Kind.NPZ)
                    + ": keep them in one folder.";
        }
        return "Saved " + exports.fileName(k) + ".";
    }
}
