package org.neurite.web.studio;

import org.neurite.engine.export.Exports;
import org.neurite.engine.nn.Model;
import org.neurite.engine.train.Recipe;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Elements;
import org.neurite.web.export.ExportDownloads;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The Studio's "Export" menu: the model in use as a PyTorch notebook (with its .npz), a NumPy forward pass,
 * an ONNX file or the weights as JSON. The engine writes them; this only offers the download.
 */
final class ExportPanel {
    private final HTMLSelectElement menu = (HTMLSelectElement) Dom.byId("st-export");
    private final FilesPanel files;
    private Model model;
    private Recipe recipe;
    private String title = "model";

    ExportPanel(FilesPanel files) {
        this.files = files;
        menu.addEventListener("change", e -> {
            String kind = menu.getValue();
            menu.setValue("");
            if (!kind.isEmpty() && model != null) {
                files.status("ok", ExportDownloads.save(new Exports(model, recipe, "mnist-" + FilesPanel.slug(title)),
                        kind));
            }
        });
    }

    /** The recipe a PyTorch export goes on training with: the last one started here. */
    void trainedWith(Recipe started) {
        recipe = started;
    }

    void offer(Model current, String currentTitle) {
        model = current;
        title = currentTitle;
        Elements.flag(menu, "disabled", false);
    }
}
