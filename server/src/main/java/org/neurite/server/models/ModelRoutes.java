package org.neurite.server.models;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.neurite.engine.model.ModelFormatException;
import org.neurite.server.http.ApiException;
import org.neurite.server.http.RandomIds;

/**
 * The model store's API: upload a model file (checked by the engine before anything is written), list,
 * download and delete. The body of an upload is the model file itself; {@code name} and {@code accuracy}
 * travel in the query.
 */
public final class ModelRoutes {
    public static final String MODELS = "/api/models";
    static final String MODEL = MODELS + "/{id}";
    static final int MAX_NAME_LENGTH = 200;

    private final ModelStore store;

    private ModelRoutes(ModelStore store) {
        this.store = store;
    }

    public static void register(RoutesConfig routes, ModelStore store) {
        ModelRoutes api = new ModelRoutes(store);
        routes.post(MODELS, api::upload);
        routes.get(MODELS, ctx -> ctx.json(store.list()));
        routes.get(MODEL, api::download);
        routes.delete(MODEL, api::delete);
    }

    private void upload(Context ctx) throws Exception {
        String name = name(ctx.queryParam("name"));
        Double accuracy = accuracy(ctx.queryParam("accuracy"));
        byte[] bytes = ctx.bodyAsBytes();
        StoredModel stored;
        try {
            stored = store.save(bytes, name, accuracy);
        } catch (ModelFormatException e) {
            throw ApiException.badRequest("Not a model Neurite can store: " + e.getMessage(),
                    "Send the bytes of a .neurite file as the body (curl --data-binary @model.neurite), saved by the"
                            + " Studio or downloaded from a job.");
        } catch (StoreWriteException e) {
            throw insufficientStorage(e);
        }
        ctx.status(201).header("Location", MODELS + "/" + stored.id()).json(stored);
    }

    private void download(Context ctx) throws Exception {
        StoredModel model = model(ctx);
        byte[] bytes = store.read(model).orElseThrow(() -> missing(model.id()));
        ctx.contentType("application/octet-stream");
        ctx.header("Content-Disposition", "attachment; filename=\"" + model.id() + ".neurite\"");
        ctx.result(bytes);
    }

    private void delete(Context ctx) throws Exception {
        StoredModel model = model(ctx);
        if (!store.delete(model.id())) {
            throw missing(model.id());
        }
        ctx.status(204);
    }

    private StoredModel model(Context ctx) {
        String id = ctx.pathParam("id");
        return store.find(id).orElseThrow(() -> missing(id));
    }

    /** 507: the store is at its cap or the disk refused the write; the hint says how to make room. */
    public static ApiException insufficientStorage(StoreWriteException e) {
        return new ApiException(507, e.getMessage(), e.hint());
    }

    private static ApiException missing(String id) {
        return ApiException.notFound("No stored model with id '" + RandomIds.shorten(id) + "'",
                "Stored models are listed at " + MODELS + ".");
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String label = name.strip();
        if (label.length() > MAX_NAME_LENGTH || label.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("The model name must be one line of at most " + MAX_NAME_LENGTH
                    + " characters (query parameter 'name')", "Give a short label such as \"mlp 97.8%\".");
        }
        return label;
    }

    private static Double accuracy(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with what was sent
        }
        throw ApiException.badRequest("accuracy '" + RandomIds.shorten(text) + "' must be a number from 0 to 1"
                + " (query parameter 'accuracy')",
                "Send the test accuracy as a fraction, such as 0.978, or leave it out.");
    }
}
