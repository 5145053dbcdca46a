package org.neurite.server.jobs;

import java.util.Map;
import org.neurite.engine.data.Dataset;

/**
 * What a job trains on: the training samples, the samples it is scored on after every epoch, and the
 * description shown in the job's JSON (the request's settings and the sizes, never the CSV text itself).
 */
public record TrainingData(Dataset train, Dataset test, Map<String, Object> description) {
}
