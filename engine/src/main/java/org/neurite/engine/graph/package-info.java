/**
 * The scalar computation graph of the backprop lessons (lessons 7 and 8), in the manner of micrograd.
 *
 * <p>A {@link org.neurite.engine.graph.Node} is an input, a constant or a gate; each gate
 * ({@link org.neurite.engine.graph.Op}) states its forward rule and its local gradient rule side by side.
 * A {@link org.neurite.engine.graph.Graph} orders everything one output depends on; {@code forward()}
 * re-evaluates after inputs change, {@code backward()} is one reverse walk that returns a
 * {@link org.neurite.engine.graph.BackwardStep} per gate (upstream x local = downstream), so a page can
 * replay both passes one gate at a time. {@link org.neurite.engine.graph.ExpressionParser} turns a typed
 * formula into such a graph; {@link org.neurite.engine.graph.LessonGraphs} builds the lessons' examples.
 *
 * <pre>
 *   Graph graph = LessonGraphs.addThenMultiply(-2, 5, -4);    // f = (x + y) z, q = x + y
 *   graph.find("f").value();                                  // -12
 *   for (BackwardStep step : graph.backward()) { ... }        // f: 1 x (-4, 3); q: -4 x (1, 1)
 *   graph.find("x").gradient();                               // -4
 * </pre>
 *
 * <p>Conventions, chosen to match written maths and micrograd:
 * <ul>
 *   <li>{@code -2^2 = -4}: unary minus binds looser than {@code ^}; {@code ^} is right-associative.</li>
 *   <li>Exponents are constant numbers; a variable exponent is written {@code exp(y * log(x))}.</li>
 *   <li>Subtraction, division and negation are gates of their own, each with its own local gradient.</li>
 *   <li>relu'(0) = 0; max sends the gradient to its first input on a tie.</li>
 *   <li>log of a non-positive number and division by zero give NaN or infinite values, reported through
 *       {@code Node.isFinite()} and {@code Graph.firstNonFinite()}, never thrown.</li>
 * </ul>
 */
package org.neurite.engine.graph;
