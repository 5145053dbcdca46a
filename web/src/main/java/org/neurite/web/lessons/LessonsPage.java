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
        LessonEmbed embed = LessonEmbed.start(lesson);
        start(lesson, embed);
        if (embed == null && !lesson.isEmpty()) {
            LessonShare.add();
        }
        Dom.byId("main").setAttribute("data-ready", "true");
    }

    private static void start(String lesson, LessonEmbed embed) {
        switch (lesson) {
            case "1":
                new HousingFitWidget();
                new LinearStackWidget(new Exercise(embed, "stack"));
                break;
            case "2":
                new PerceptronWidget(new Exercise(embed, "perceptron"));
                break;
            case "3":
                new ActivationWidget(new Exercise(embed, "activation"));
                new SeparationWidget();
                break;
            case "4":
                new MseWidget();
                new BceWidget(new Exercise(embed, "bce"));
                break;
            case "5":
                new CurveDescentWidget(new Exercise(embed, "curve"));
                new SurfaceDescentWidget();
                new OptimizerRaceWidget();
                break;
            case "6":
                new BatchSgdWidget(new Exercise(embed, "batch"));
                break;
            case "7":
                new GraphWidget(new Exercise(embed, "graph"));
                break;
            case "8":
                new NestedWidget();
                new ChainWidget(new Exercise(embed, "chain"));
                break;
            case "9":
                new CompoundingWidget();
                new DeepGradientWidget(new Exercise(embed, "deep"));
                break;
            case "10":
                new HiddenFeaturesWidget(new Exercise(embed, "features"));
                break;
            case "11":
                new SpecBudgetWidget(new Exercise(embed, "budget"));
                new ChecklistWidget();
                break;
            default:
                break;
        }
    }

    @JSBody(script = "return document.documentElement.getAttribute('data-lesson') || '';")
    private static native String lessonNumber();
}
