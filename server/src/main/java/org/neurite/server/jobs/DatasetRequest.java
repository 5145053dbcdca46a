package org.neurite.server.jobs;

/**
 * The {@code dataset} of a job request: {@code {"name": "mnist"}}, a 2D generator
 * ({@code {"name": "spiral", "seed": 1, "noise": 0.1, "samples": 400}}, {@code classes} for multiclass) or
 * CSV text ({@code {"name": "csv", "csv": "x1,x2,label\n...", "label": "label"}}). Fields a dataset does not
 * use are refused rather than ignored.
 */
public record DatasetRequest(String name, Integer seed, Double noise, Integer samples, Integer classes, String csv,
                             String label) {
}
