package org.neurite.web.lessons;

import org.neurite.engine.graph.Graph;
import org.neurite.engine.graph.LessonGraphs;
import org.neurite.engine.lessons.CentralDifference;
import org.neurite.engine.lessons.ChainProduct;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Lesson 8: the nested example m = x^2, z = m^2, y = z^2, with dy/dx = 2z . 2m . 2x at the learner's x,
 * from the engine's gates, beside a central difference.
 */
final class NestedWidget {
    private final NumberInput x = new NumberInput("nested-x", "x");
    private final HTMLElement problem = Dom.byId("nested-problem");
    private final HTMLElement values = Dom.byId("nested-values");
    private final HTMLElement factors = Dom.byId("nested-factors");
    private final HTMLElement analytic = Dom.byId("nested-analytic");
    private final HTMLElement numeric = Dom.byId("nested-numeric");

    NestedWidget() {
        x.onEdit(this::update);
        update();
    }

    private void update() {
        boolean ok = x.read();
        Forms.showProblem(problem, ok ? null : x.problem());
        if (!ok) {
            return;
        }
        Graph graph = LessonGraphs.nestedSquares(x.value());
        double byDifference = CentralDifference.of(graph, graph.find("x"));
        ChainProduct chain = ChainProduct.along(graph, graph.find("y"), graph.find("x"));
        double m = graph.find("m").value();
        double z = graph.find("z").value();
        values.setTextContent("m = x² = " + Shown.number(m) + ", z = m² = " + Shown.number(z) + ", y = z² = "
                + Shown.number(graph.find("y").value()));
        factors.setTextContent("dy/dx = 2z · 2m · 2x = " + Shown.term(chain.factor(0)) + " × "
                + Shown.term(chain.factor(1)) + " × " + Shown.term(chain.factor(2)) + " = "
                + Shown.number(chain.product()));
        Forms.showValue(analytic, chain.product());
        Forms.showValue(numeric, byDifference);
    }
}
