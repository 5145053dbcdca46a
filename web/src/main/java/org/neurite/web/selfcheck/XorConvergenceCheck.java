package org.neurite.web.selfcheck;

import org.neurite.web.dom.Numbers;
import org.neurite.engine.train.RunState;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.TrainingRun;
import org.neurite.web.xor.XorProblem;

/** Training converges: the landing page's 2-4-1 network learns XOR to 100% accuracy. */
final class XorConvergenceCheck implements EngineCheck {
    @Override
    public String id() {
        return "xor";
    }

    @Override
    public String title() {
        return "A 2-4-1 network learns XOR";
    }

    @Override
    public void run(CheckReport report) {
        TrainingRun run = XorProblem.newRun(XorProblem.FIRST_SEED);
        while (run.step()) {
            // the whole run: 200 full-batch steps take a few milliseconds
        }
        Evaluation result = Evaluation.of(run.model(), XorProblem.dataset(), XorProblem.SAMPLES);
        report.value("loss", Numbers.fixed(result.loss(), 6));
        report.value("accuracy", Numbers.fixed(result.accuracy(), 2));
        report.note("After " + XorProblem.EPOCHS + " epochs of Adam (seed " + XorProblem.FIRST_SEED + "): loss "
                + Numbers.fixed(result.loss(), 5) + ", accuracy " + Numbers.fixed(100 * result.accuracy(), 0) + "%.");
        if (run.state() != RunState.DONE) {
            report.fail("The run ended as " + run.state() + " instead of finishing.");
        }
        if (result.accuracy() < 1f) {
            report.fail("Expected 100% accuracy.");
        }
        if (!XorProblem.isSolved(run.model())) {
            report.fail("Expected a loss under " + XorProblem.SOLVED_LOSS + ".");
        }
    }
}
