package org.neurite.server.jobs;

import java.io.IOException;
import org.neurite.engine.nn.ModelSummary;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.TrainingRun;
import org.neurite.server.http.ApiException;
import org.neurite.server.http.Json;
import org.neurite.server.http.RandomIds;

/**
 * Makes a job from the body of {@code POST /api/jobs}, or refuses it with the field that is wrong: the JSON,
 * the recipe (in the engine's words), the server's limits, the dataset, and whether the recipe's model fits
 * the dataset. A job that is made is ready to train; nothing about it can fail later for a reason the request
 * could have shown.
 */
final class JobFactory {
    static final int MAX_NAME_LENGTH = 200;

    private final TrainingLimits limits;
    private final JobDatasets datasets;
    private final ShardThreads shardThreads;
    private final JobCheckpoints checkpoints;

    JobFactory(TrainingLimits limits, JobDatasets datasets, ShardThreads shardThreads, JobCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
        this.limits = limits;
        this.datasets = datasets;
        this.shardThreads = shardThreads;
    }

    Job create(byte[] body) throws IOException {
        if (body.length > TrainingLimits.MAX_JOB_REQUEST_BYTES) {
            throw new ApiException(413, "The job request has " + body.length + " bytes, more than the "
                    + TrainingLimits.MAX_JOB_REQUEST_BYTES + " a job request may have",
                    "Send a smaller CSV dataset, or train on it in the browser.");
        }
        JobRequest request = Json.MAPPER.readValue(body, JobRequest.class);
        if (request == null) {
            throw ApiException.badRequest("The request body is null, not a job", example());
        }
        Recipe recipe = recipe(request.recipe());
        checkLimits(recipe);
        String name = name(request.name());
        int threads = threads(request.threads());
        TrainingData data = datasets.resolve(request.dataset());
        TrainingRun run;
        try {
            run = recipe.newRun(data.train(), data.test());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The recipe does not fit the dataset: " + e.getMessage(),
                    "Make the model's input and output layers match the data: MNIST is 'input 1x28x28' (or 784)"
                            + " with 10 outputs, the 2D datasets have 2 features.");
        }
        run.shard(threads, shardThreads);
        return new Job(RandomIds.next(), name, recipe.toText(), data.description(), run, checkpoints);
    }

    private static int threads(Integer threads) {
        int max = TrainingLimits.maxThreadsPerJob();
        if (threads == null) {
            return 1;
        }
        if (threads < 1 || threads > max) {
            throw ApiException.badRequest("threads " + threads + " must be between 1 and " + max
                    + " on this server (field 'threads')", "Leave it out for 1 thread (bit-identical to the browser),"
                    + " or ask for up to " + max + ", one per core.");
        }
        return threads;
    }

    private static Recipe recipe(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("The request has no recipe (field 'recipe')", example());
        }
        try {
            return Recipe.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Bad recipe (field 'recipe'): " + e.getMessage(),
                    "Give a named recipe (" + NamedRecipe.ids() + ") or key=value pairs joined by '&', such as"
                            + " from=mlp&epochs=1.");
        }
    }

    private void checkLimits(Recipe recipe) {
        if (recipe.epochs() > limits.maxEpochs()) {
            throw ApiException.badRequest("The recipe asks for " + recipe.epochs() + " epochs but this server trains"
                    + " at most " + limits.maxEpochs() + " per job (recipe field 'epochs')",
                    "Ask for fewer epochs (epochs=" + limits.maxEpochs() + "), or train in the browser; whoever runs"
                            + " the server can raise the limit with --max-epochs.");
        }
        long parameters = ModelSummary.of(recipe.spec()).parameterCount();
        if (parameters > limits.maxParams()) {
            throw ApiException.badRequest("The recipe's model has " + parameters + " parameters but this server"
                    + " trains at most " + limits.maxParams() + " (recipe field 'spec')",
                    "Use fewer units or filters, or pool before the dense layers; whoever runs the server can raise"
                            + " the limit with --max-params.");
        }
    }

    private static String name(String name) {
        if (name == null) {
            return null;
        }
        String label = name.strip();
        if (label.length() > MAX_NAME_LENGTH || label.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("The job name must be one line of at most " + MAX_NAME_LENGTH
                    + " characters (field 'name')", "Give a short label such as \"mlp, 1 epoch\", or leave it out.");
        }
        return label.isEmpty() ? null : label;
    }

    private static String example() {
        return "Send {\"recipe\": \"from=mlp&epochs=1\", \"dataset\": {\"name\": \"mnist\"}}.";
    }
}
