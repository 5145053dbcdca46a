package org.neurite.web.playground.ui;

import org.neurite.engine.data.CsvWriter;
import org.neurite.engine.export.Exports;
import org.neurite.engine.model.ModelFile;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Downloads;
import org.neurite.web.export.ExportDownloads;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Downloads the trained model in the engine's file format, the points as CSV the upload reads back, and the
 * network as weights JSON, PyTorch, NumPy or ONNX (the export menu).
 */
final class ExportControl {
    ExportControl(PageController page) {
        Fields.on(Dom.byId("pg-download-model"), "click", () -> Downloads.saveBytes(
                "playground-" + page.playground().data().source() + ModelFile.EXTENSION,
                ModelFile.write(page.playground().session().model()), "application/octet-stream"));
        Fields.on(Dom.byId("pg-download-data"), "click", () -> Downloads.saveText(
                "playground-" + page.playground().data().source() + ".csv",
                CsvWriter.write(page.playground().data().pointsForDownload()), "text/csv"));
        HTMLSelectElement export = Fields.select("pg-export");
        Fields.on(export, "change", () -> {
            String kind = export.getValue();
            export.setValue("");
            if (!kind.isEmpty()) {
                ExportDownloads.save(new Exports(page.playground().session().model(),
                        page.playground().session().recipe(), "playground-" + page.playground().data().source()), kind);
            }
        });
    }
}
