/**
 * The maths behind the lesson pages' widgets, so the pages only draw: a perceptron's products and sum,
 * the single matrix two stacked linear layers collapse into, activation curves, loss breakdowns, loss
 * surfaces with the engine's own optimizers walking on them, batch versus stochastic descent with the rows
 * each step used, chain-rule products checked against central differences, per-layer gradient norms and
 * model outputs sampled on a grid for heatmaps.
 *
 * <p>Everything here reuses the engine's layers, activations, losses, optimizers and scalar graph; the
 * classes only arrange them the way a lesson shows them.
 */
package org.neurite.engine.lessons;
