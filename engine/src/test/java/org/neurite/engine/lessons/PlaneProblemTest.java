package org.neurite.engine.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.Dense;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;

/** Lessons 3 and 10: what a hidden layer buys on the circle data, and the heatmaps of what it learned. */
class PlaneProblemTest {

    private static PlaneProblem circle(String spec, float learningRate) {
        return new PlaneProblem("circle", 0f, ModelSpec.parse(spec), "adam", learningRate, 1);
    }

    private static void epochs(PlaneProblem problem, int count) {
        for (int i = 0; i < count * 10; i++) {
            problem.step();
        }
    }

    @Test
    void aLinearBoundaryCannotSeparateTheCircle() {
        PlaneProblem linear = circle("input 2 | dense 1 linear | loss binaryCrossEntropy", 0.1f);
        epochs(linear, 40);
        assertTrue(linear.evaluateTest().accuracy() < 0.75, "linear accuracy " + linear.evaluateTest().accuracy());

        PlaneProblem hidden = circle("input 2 | dense 4 relu | dense 1 linear | loss binaryCrossEntropy", 0.1f);
        epochs(hidden, 40);
        assertTrue(hidden.evaluateTest().accuracy() > 0.95, "hidden accuracy " + hidden.evaluateTest().accuracy());
    }

    @Test
    void threeReluNeuronsReachTheExerciseLossOneCannot() {
        PlaneProblem three = circle("input 2 | dense 3 relu | dense 1 linear | loss binaryCrossEntropy", 0.1f);
        epochs(three, 30);
        assertTrue(three.evaluateTest().loss() < 0.1, "3 neurons: " + three.evaluateTest().loss());

        PlaneProblem one = circle("input 2 | dense 1 relu | dense 1 linear | loss binaryCrossEntropy", 0.1f);
        epochs(one, 30);
        assertTrue(one.evaluateTest().loss() > 0.3, "1 neuron: " + one.evaluateTest().loss());
    }

    @Test
    void theFieldIsTheModelEvaluatedAtEachCellRowZeroOnTop() {
        Model model = Model.create(ModelSpec.parse("input 2 | dense 3 tanh | dense 1 linear | loss binaryCrossEntropy"),
                new Rng(4));
        ModelField field = new ModelField(model, 4, 6);
        field.update();
        // Cell (row 0, column 3) is the top right: x1 = 4.5, x2 = 4.5.
        assertEquals(4.5f, field.grid().x1(3), 0f);
        assertEquals(4.5f, field.grid().x2(0), 0f);
        float topRight = field.output()[3];
        float bottomLeft = field.output()[12];
        float[] p = model.predict(new float[] {4.5f, 4.5f, -4.5f, -4.5f}, 2);
        assertEquals(p[0], topRight, 1e-6f);
        assertEquals(p[1], bottomLeft, 1e-6f);

        Dense hidden = (Dense) model.layer(0);
        float[] w = hidden.weights().value();
        float z = 4.5f * w[1] + 4.5f * w[3 + 1] + hidden.bias().value()[1];
        assertEquals((float) Math.tanh(z), field.unit(0, 1)[3], 1e-5f, "unit 1 at the top right");
    }
}
