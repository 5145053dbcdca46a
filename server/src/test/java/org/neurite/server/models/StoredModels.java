package org.neurite.server.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neurite.engine.model.ModelFile;

/** What a client and the disk see of the model store: every listed model whole, no temp file left. */
public final class StoredModels {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredModels() {
    }

    /**
     * Downloads every model the server on {@code port} lists and reads it with the engine (which throws on a
     * half-written or corrupt file); returns the listing by id.
     */
    public static Map<String, JsonNode> checkEveryListedModel(int port) throws IOException, InterruptedException {
        JsonNode list = JSON.readTree(get(port, "/api/models").body());
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode model : list) {
            String id = model.get("id").asText();
            HttpResponse<byte[]> download = get(port, "/api/models/" + id);
            assertEquals(200, download.statusCode(), id);
            assertEquals(model.get("sizeBytes").asLong(), download.body().length, id);
            ModelFile.read(download.body());
            byId.put(id, model);
        }
        return byId;
    }

    /** The names of the files in {@code dir} (none when it does not exist); fails if a temp file is among them. */
    public static List<String> assertNoTempFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(path -> path.getFileName().toString()).sorted().toList();
            assertFalse(names.stream().anyMatch(name -> name.endsWith(".part")), "temp files left: " + names);
            return names;
        }
    }

    private static HttpResponse<byte[]> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
