package org.neurite.web.lessons;

import org.neurite.engine.graph.ParsedExpression;

/** Lesson 7's exercise: on f = (x + y) z, choose inputs so that df/dx = 2 and df/dz = 5. */
final class GraphExercise {
    private final Exercise exercise;

    GraphExercise(Exercise exercise) {
        this.exercise = exercise;
        exercise.waiting("Change x, y or z and run both passes to try.");
    }

    void check(String typed, ParsedExpression parsed) {
        if (!squeeze(typed).equals(squeeze(GraphWidget.COURSE_EXPRESSION))) {
            exercise.waiting("The exercise is about (x + y) * z: type it back in to try it.");
            return;
        }
        double dx = parsed.variable("x").gradient();
        double dz = parsed.variable("z").gradient();
        if (Math.abs(dx - 2) < 1e-9 && Math.abs(dz - 5) < 1e-9) {
            exercise.passed("df/dx = z = 2 and df/dz = x + y = 5: the multiply gate hands each input the other one.");
        } else {
            exercise.failed("now df/dx = " + Shown.number(dx) + " and df/dz = " + Shown.number(dz)
                    + ". Look at the multiply gate: which value does it send to q (and so to x), and which to z?");
        }
    }

    private static String squeeze(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
