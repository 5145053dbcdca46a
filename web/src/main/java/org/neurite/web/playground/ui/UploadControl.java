package org.neurite.web.playground.ui;

import org.neurite.web.dom.Dom;
import org.neurite.web.dom.FileText;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** CSV upload: a good file replaces the data; a bad one leaves it and says what is wrong, line and column. */
final class UploadControl {
    private final HTMLInputElement input = Fields.input("pg-csv");
    private final HTMLElement message = Dom.byId("pg-csv-message");

    UploadControl(PageController page) {
        Fields.on(input, "change", () -> FileText.readChosen(input, (name, text, error) -> {
            String problem = text == null ? name + ": the browser could not read the file (" + error + ")"
                    : page.upload(name, text);
            message.setTextContent(problem == null ? "Loaded " + name + "." : problem);
            message.setAttribute("data-state", problem == null ? "ok" : "error");
        }));
    }
}
