/**
 * Training in a dedicated Web Worker: the worker entry point ({@link org.neurite.web.worker.TrainingWorker},
 * bundle entry {@code trainer}) and the page's client ({@link org.neurite.web.worker.WorkerClient}).
 *
 * <h2>Starting</h2>
 * {@code WorkerClient.start()} creates {@code new Worker("/bundle/worker-loader.js?entry=trainer&target=wasm|js")};
 * the loader script picks the Wasm GC or JavaScript build (the page passes its own), loads it and calls its main,
 * which answers {@code ready}. The client queues commands until then.
 *
 * <h2>Protocol</h2>
 * Plain objects keyed by {@code type}; bulk data crosses as transferable {@code ArrayBuffer}s (moved, not copied).
 * Page to worker:
 * <ul>
 *   <li>{@code start}: {@code recipe} (the text form of an engine {@code Recipe}: model spec, optimizer,
 *       learning rate and decay, batch size, epochs, L1/L2, seed, shuffle, sample limit; the same text a page
 *       link and a server job carry) and {@code dataset} (see below; leave it out to reuse the last one). Stops
 *       a run in progress. {@code workers} (1 to 8, default 1): the run trains on this worker and
 *       {@code workers - 1} helpers (see "Several workers").</li>
 *   <li>{@code pause}, {@code resume}, {@code step} (one batch, then paused), {@code stop}.</li>
 *   <li>{@code set-learning-rate}: {@code learningRate}; applies from the next batch.</li>
 *   <li>{@code get-model}: answered by {@code model}. Allowed while training.</li>
 *   <li>{@code load-model}: {@code bytes} (a model file); stops any run; the model serves predict/evaluate.</li>
 *   <li>{@code predict}: {@code id}, {@code pixels} (Float32Array, a multiple of the model's input size);
 *       answered by {@code prediction}.</li>
 *   <li>{@code evaluate}: answered by {@code evaluation} (current model on the whole test set).</li>
 *   <li>{@code benchmark}: {@code recipe}, {@code dataset} and {@code workers} as for {@code start}, plus {@code name}; one uninterrupted epoch in file order,
 *       timed alone, then the test accuracy (unless {@code score} is false); answered by {@code benchmark-result}.
 *       A short warm-up is a benchmark of a recipe with a sample limit and {@code score} false.</li>
 *   <li>{@code load-dataset}: {@code dataset}; keeps it without starting a run (answered by {@code dataset}).</li>
 *   <li>{@code predict-test}: answered by {@code test-predictions} for the current model.</li>
 *   <li>{@code watch-test}: {@code on} (default true); runs started afterwards send {@code test-predictions}
 *       after every epoch, right after the epoch's metrics event.</li>
 * </ul>
 * A {@code dataset} is {@code {kind: "mnist", trainImages, trainLabels, testImages, testLabels}} (the four IDX
 * files' bytes; the pixels stay bytes in the worker) or {@code {kind: "floats", features (Float32Array),
 * featureCount, labels (Int32Array), classCount, testFeatures?, testLabels?}}.
 * <p>Worker to page:
 * <ul>
 *   <li>{@code ready}: {@code target} ("wasm" or "js").</li>
 *   <li>{@code dataset}: {@code name}, {@code trainSize}, {@code testSize}, once a dataset is decoded.</li>
 *   <li>{@code state}: {@code state} (running, paused, done, stopped, diverged; loaded after load-model),
 *       {@code samplesSeen}, {@code epoch}, {@code batch}, {@code learningRate}; after every control command
 *       and when a run ends.</li>
 *   <li>{@code metrics}: {@code event}, the engine's {@code TrainingEvent.toJson()} object unchanged (the
 *       server's SSE stream sends the same). Batch events at most one per 50 ms; epoch, done, stopped,
 *       diverged always.</li>
 *   <li>{@code model}: {@code bytes} (ArrayBuffer, transferred), {@code spec}, {@code parameterCount}.</li>
 *   <li>{@code prediction}: {@code id}, {@code probabilities} (Float32Array, outputs per sample).</li>
 *   <li>{@code evaluation}: {@code loss}, {@code accuracy}, {@code count}.</li>
 *   <li>{@code benchmark-result}: {@code name}, {@code target}, {@code workers}, {@code samples},
 *       {@code trainSeconds}, {@code samplesPerSecond}, {@code weightDigest}, {@code testAccuracy},
 *       {@code testLoss}.</li>
 *   <li>{@code test-predictions}: {@code epoch} (-1 when asked for), {@code count}, {@code outputs},
 *       {@code probabilities} (Float32Array, count x outputs, transferred).</li>
 *   <li>{@code error}: {@code command} (the message type that failed, "load" if the worker did not start),
 *       {@code message} (what was wrong and what to do).</li>
 * </ul>
 *
 * <h2>Several workers</h2>
 * With {@code workers} above 1 the training worker starts helper workers ({@code HelperPool}: nested dedicated
 * workers of the same loader, entry and build, kept for later runs) and drives the engine's sharded step in its
 * phases ({@code ShardedSteps}): it sends each helper {@code shard-init} ({@code run}, {@code spec}, {@code seed},
 * {@code shard}, {@code classification}) once per run, then per batch {@code shard-step} ({@code run},
 * {@code step}, {@code shard}, {@code rows}, and the Float32Arrays {@code weights}, {@code inputs},
 * {@code targets}, transferred), answered by {@code shard-result} ({@code run}, {@code step}, {@code shard},
 * {@code gradient} transferred, {@code loss}, {@code correct}); {@code shard-end} drops the run. Shard 0 is
 * computed in the training worker; the sum is in shard order, so the weights are those of the engine's
 * {@code Shards} on the JVM with the same count. A helper that fails to load or throws stops the run with an
 * {@code error} message that says which helper and to train on one worker. No SharedArrayBuffer is needed.
 *
 * <h2>Responsiveness</h2>
 * The worker trains in slices of about 30 ms and then yields to its event loop (through a MessageChannel, which
 * is not clamped like {@code setTimeout}), so control messages are handled within a slice. The page thread only
 * receives at most about 20 small messages a second.
 */
package org.neurite.web.worker;
