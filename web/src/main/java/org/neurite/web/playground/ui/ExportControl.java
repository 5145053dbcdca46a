package org.neurite.web.playground.ui;

import org.neurite.engine.data.CsvWriter;
import org.neurite.engine.model.ModelFile;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Downloads;

/** Downloads the trained model in the engine's file format, and the points as CSV the upload reads back. */
final class ExportControl {
    ExportControl(PageController page) {
        Fields.on(Dom.byId("pg-download-model"), "click", () -> Downloads.saveBytes(
                "playground-" + page.playground().data().source() + ModelFile.EXTENSION,
                ModelFile.write(page.playground().session().model()), "application/octet-stream"));
        Fields.on(Dom.byId("pg-download-data"), "click", () -> Downloads.saveText(
                "playground-" + page.playground().data().source() + ".csv",
                CsvWriter.write(page.playground().data().pointsForDownload()), "text/csv"));
    }
}
