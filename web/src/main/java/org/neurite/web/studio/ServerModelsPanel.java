package org.neurite.web.studio;

import org.neurite.web.dom.Elements;
import org.neurite.web.dom.Numbers;
import java.util.List;
import org.neurite.web.api.ServerModels;
import org.neurite.web.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * "Save to the server" stores the page's model in the server's model store; "Open from the server" lists the
 * stored models in a dialog and hands the chosen one to the page, which loads it as it loads a file from disk.
 * Both stay hidden when the page has no server API behind it (a static export). What happened is said in the
 * save-and-load status.
 */
final class ServerModelsPanel {
    /** The page's current model, as the save button stores it. */
    interface Current {
        byte[] modelFile();

        String title();

        /** Its test accuracy in [0, 1], NaN when not known. */
        double accuracy();
    }

    /** Told about a model chosen in the list: its label, a title for the page, and its bytes. */
    interface Opened {
        void opened(String name, String title, byte[] modelFile);
    }

    private final HTMLElement save = Dom.byId("st-save-server");
    private final HTMLElement open = Dom.byId("st-open-server");
    private final HTMLElement dialog = Dom.byId("st-server-dialog");
    private final HTMLElement list = Dom.byId("st-server-models");
    private final HTMLElement listStatus = Dom.byId("st-server-list-status");
    private final FilesPanel files;
    private Current current;
    private Opened opened;
    private boolean offered;
    private boolean hasModel;
    private boolean saving;

    ServerModelsPanel(FilesPanel files) {
        this.files = files;
    }

    void listen(Current model, Opened chosen) {
        current = model;
        opened = chosen;
        save.onClick(e -> save());
        open.onClick(e -> showList());
    }

    /** Shows the buttons when the server has the API. */
    void offer(boolean api) {
        offered = api;
        save.setHidden(!api);
        open.setHidden(!api);
        enableSave();
    }

    /** The page has a model to store. */
    void modelReady() {
        hasModel = true;
        enableSave();
    }

    private void enableSave() {
        Elements.flag(save, "disabled", !offered || !hasModel || saving);
    }

    private void save() {
        byte[] file = current.modelFile();
        String name = current.title();
        double accuracy = current.accuracy();
        if (file == null) {
            return;
        }
        saving = true;
        enableSave();
        int message = files.status("ok", "Saving “" + name + "” to the server…");
        ServerModels.save(file, name, accuracy, new ServerModels.Saved() {
            @Override
            public void saved(ServerModels.Entry entry) {
                saving = false;
                enableSave();
                files.followUp(message, "ok", "Saved “" + entry.name() + "” to the server's model store (id "
                        + entry.id() + ", " + Numbers.grouped(entry.size()) + " bytes"
                        + (Double.isNaN(entry.accuracy()) ? "" : ", test accuracy " + Numbers.percent(entry.accuracy(), 2))
                        + "). “Open from the server” lists it.");
            }

            @Override
            public void failed(String why) {
                saving = false;
                enableSave();
                files.followUp(message, "error", "Could not save to the server: " + why);
            }
        });
    }

    private void showList() {
        Elements.clear(list);
        listStatus.setTextContent("Asking the server for its models…");
        showModal(dialog);
        ServerModels.list(new ServerModels.Listed() {
            @Override
            public void listed(List<ServerModels.Entry> entries) {
                listStatus.setTextContent(entries.isEmpty() ? "No models are stored yet: train one, then press "
                        + "“Save to the server”." : entries.size() == 1 ? "One stored model." : entries.size()
                        + " stored models, newest first.");
                list.setAttribute("data-count", Integer.toString(entries.size()));
                for (ServerModels.Entry entry : entries) { // the server lists the newest first
                    list.appendChild(row(entry));
                }
            }

            @Override
            public void failed(String why) {
                listStatus.setTextContent("The list could not be read: " + why);
            }
        });
    }

    private HTMLElement row(ServerModels.Entry entry) {
        HTMLElement item = Elements.of("li", "st-server-model", "");
        String label = entry.name().isEmpty() ? "model " + entry.id() : entry.name();
        HTMLElement button = Elements.button("button secondary st-small", "Open", "Open “" + label + "”");
        button.onClick(e -> choose(entry, label));
        item.appendChild(button);
        item.appendChild(Elements.of("span", "st-server-model-name", label));
        item.appendChild(Elements.of("p", "st-note", entry.architecture() + " · " + Numbers.grouped(entry.parameters())
                + " parameters · test accuracy " + Numbers.percent(entry.accuracy(), 2) + " · stored "
                + localTime(entry.created())));
        return item;
    }

    private void choose(ServerModels.Entry entry, String label) {
        close(dialog);
        int message = files.status("ok", "Downloading “" + label + "” from the server…");
        ServerModels.download(entry.id(), new ServerModels.Downloaded() {
            @Override
            public void downloaded(byte[] modelFile) {
                opened.opened("“" + label + "” from the server", "server model " + label, modelFile);
            }

            @Override
            public void failed(String why) {
                files.followUp(message, "error", "Could not open “" + label + "” from the server: " + why
                        + " The current model stays.");
            }
        });
    }

    @JSBody(params = "dialog", script = "if (!dialog.open) { dialog.showModal(); }")
    private static native void showModal(HTMLElement dialog);

    @JSBody(params = "dialog", script = "if (dialog.open) { dialog.close(); }")
    private static native void close(HTMLElement dialog);

    /** An ISO-8601 instant as this reader's local date and time. */
    @JSBody(params = "iso", script = "var d = new Date(iso); return isNaN(d) ? String(iso) : d.toLocaleString("
            + "undefined, {dateStyle: 'medium', timeStyle: 'short'});")
    private static native String localTime(String iso);
}
