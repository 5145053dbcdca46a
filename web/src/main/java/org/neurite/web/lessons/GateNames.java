package org.neurite.web.lessons;

import java.util.List;
import org.neurite.engine.graph.Node;
import org.neurite.engine.graph.ParsedExpression;

/**
 * Names the gates of a typed expression the way lesson 7's text does: the output is f, a single inner gate
 * is q, several are q1, q2, ... in forward order. A name the learner already uses for a variable is skipped.
 */
final class GateNames {
    private GateNames() {
    }

    static void assign(ParsedExpression parsed) {
        List<Node> gates = parsed.graph().gates();
        List<String> taken = parsed.variableNames();
        parsed.output().named(free("f", taken));
        int inner = gates.size() - 1;
        for (int i = 0; i < inner; i++) {
            gates.get(i).named(free(inner == 1 ? "q" : "q" + (i + 1), taken));
        }
    }

    private static String free(String name, List<String> taken) {
        String candidate = name;
        while (taken.contains(candidate)) {
            candidate = candidate + "'";
        }
        return candidate;
    }
}
