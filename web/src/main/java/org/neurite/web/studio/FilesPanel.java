package org.neurite.web.studio;

import org.neurite.web.dom.Elements;
import org.neurite.web.dom.Numbers;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/** Save and load: the current model downloads as a model file; a picked file is handed to the page to load. */
final class FilesPanel {
    /** Told about a picked file. */
    interface Picked {
        void picked(String name, byte[] bytes);
    }

    private final HTMLElement download = Dom.byId("st-download");
    private final HTMLElement status = Dom.byId("st-files-status");
    private byte[] model;
    private int shown;
    private String fileName = "mnist-model.neurite";

    void listen(Picked picked) {
        download.onClick(e -> save());
        FileBytes.onPick(Dom.byId("st-load"), (name, buffer, error) -> {
            if (buffer == null) {
                status("error", "Could not read '" + name + "': " + error + ". The current model stays.");
            } else {
                picked.picked(name, FileBytes.toJava(buffer));
            }
        });
    }

    /** The model file the download button saves, named after {@code title}. */
    void offer(byte[] modelFile, String title) {
        model = modelFile;
        fileName = "mnist-" + slug(title) + ".neurite";
        Elements.flag(download, "disabled", false);
    }

    /** {@code state}: ok or error. Returns a number that {@link #followUp} uses to know whether it is still shown. */
    int status(String state, String text) {
        status.setAttribute("data-state", state);
        status.setTextContent(text);
        return ++shown;
    }

    /**
     * Replaces the message numbered {@code message} if nothing was said since: a slow answer (a model scored on
     * the test set) never hides a newer message (a file refused meanwhile).
     */
    void followUp(int message, String state, String text) {
        if (message == shown) {
            status(state, text);
        }
    }

    private void save() {
        if (model != null) {
            FileBytes.save(fileName, model);
            status("ok", "Saved " + fileName + " (" + Numbers.grouped(model.length) + " bytes). Load it here again "
                    + "with “Load a model file”.");
        }
    }

    /** "Quick model (MLP)" as "quick-model-mlp": a file name without spaces or brackets. */
    static String slug(String title) {
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < title.length(); i++) {
            char c = Character.toLowerCase(title.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
                dash = false;
            } else if (!dash && sb.length() > 0) {
                sb.append('-');
                dash = true;
            }
        }
        String s = sb.toString();
        s = s.endsWith("-") ? s.substring(0, s.length() - 1) : s;
        return s.isEmpty() ? "model" : s;
    }
}
