package org.neurite.engine.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A typed expression turned into a graph, with one input node per variable name (in the order the names
 * first appear in the text, so the page can show an input box for each). Variables start at 0.
 */
public final class ParsedExpression {
    private final String text;
    private final Graph graph;
    private final Map<String, Node> variables;
    private final List<String> variableNames;

    ParsedExpression(String text, Node output, Map<String, Node> variables) {
        this.text = text;
        this.graph = new Graph(output);
        this.variables = variables;
        this.variableNames = Collections.unmodifiableList(new ArrayList<>(variables.keySet()));
    }

    /** The text as typed. */
    public String text() {
        return text;
    }

    public Graph graph() {
        return graph;
    }

    public Node output() {
        return graph.output();
    }

    /** The variable names in order of first appearance; each appears once however often it is used. */
    public List<String> variableNames() {
        return variableNames;
    }

    /** The input node of a variable. */
    public Node variable(String name) {
        Node node = variables.get(name);
        if (node == null) {
            StringBuilder known = new StringBuilder();
            for (String variableName : variableNames) {
                known.append(known.length() == 0 ? "" : ", ").append(variableName);
            }
            throw new IllegalArgumentException("'" + name + "' is not a variable of " + text
                    + " (its variables: " + (known.length() == 0 ? "none" : known) + ")");
        }
        return node;
    }

    /** Sets a variable's value; call {@link #evaluate()} or {@link Graph#forward()} to update the gates. */
    public void setVariable(String name, double value) {
        variable(name).setValue(value);
    }

    /** Runs the forward pass and returns the output's value. */
    public double evaluate() {
        graph.forward();
        return graph.output().value();
    }
}
