package org.neurite.web.lessons;

import org.neurite.web.dom.Dom;
import org.teavm.jso.JSBody;

/**
 * The lesson pages' one entry point: reads which lesson this page is ({@code <html data-lesson="2">}) and
 * starts that lesson's widgets. Each widget is its own controller; this class only wires them up. When
 * they are ready, {@code <main data-ready="true">} tells tests (and curious readers) the page is live.
 */
public final class LessonsPage {
    private LessonsPage() {
    }

    public static void main(String[] args) {
        String lesson = lessonNumber();
        switch (lesson) {
            case "2":
                new PerceptronWidget(new Exercise());
                break;
            default:
                break;
        }
        Dom.byId("main").setAttribute("data-ready", "true");
    }

    @JSBody(script = "return document.documentElement.getAttribute('data-lesson') || '';")
    private static native String lessonNumber();
}
