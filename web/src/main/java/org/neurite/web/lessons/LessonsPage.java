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
        start(lessonNumber());
        Dom.byId("main").setAttribute("data-ready", "true");
    }

    private static void start(String lesson) {
        switch (lesson) {
            case "1":
                new HousingFitWidget();
                new LinearStackWidget(new Exercise());
                break;
            case "2":
                new PerceptronWidget(new Exercise());
                break;
            case "3":
                new ActivationWidget(new Exercise());
                new SeparationWidget();
                break;
            case "4":
                new MseWidget();
                new BceWidget(new Exercise());
                break;
            case "5":
                new CurveDescentWidget(new Exercise());
                new SurfaceDescentWidget();
                new OptimizerRaceWidget();
                break;
            case "6":
                new BatchSgdWidget(new Exercise());
                break;
            case "7":
                new GraphWidget(new Exercise());
                break;
            case "8":
                new NestedWidget();
                new ChainWidget(new Exercise());
                break;
            case "9":
                new CompoundingWidget();
                new DeepGradientWidget(new Exercise());
                break;
            case "10":
                new HiddenFeaturesWidget(new Exercise());
                break;
            case "11":
                new SpecBudgetWidget(new Exercise());
                new ChecklistWidget();
                break;
            default:
                break;
        }
    }

    @JSBody(script = "return document.documentElement.getAttribute('data-lesson') || '';")
    private static native String lessonNumber();
}
