package org.neurite.server.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Model;
import org.neurite.server.files.AtomicFiles;
import org.neurite.server.http.Json;
import org.neurite.server.http.RandomIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model files kept under {@code <data dir>/models}: {@code <id>.neurite} holds the bytes, {@code <id>.json} the
 * metadata. Each is written durably (temp file, fsync, rename); the model file first, the metadata last, and
 * only models with metadata are listed. A kill at any moment therefore leaves either a whole listed model or
 * an unlisted leftover, which the next start removes. Deleting goes the other way: metadata first. A write that
 * fails (disk full, cap reached) leaves nothing behind and raises {@link StoreWriteException}.
 */
public final class ModelStore {
    static final String MODEL_SUFFIX = ModelFile.EXTENSION;
    static final String META_SUFFIX = ".json";

    private static final Logger LOG = LoggerFactory.getLogger(ModelStore.class);

    /** No cap on the bytes stored. */
    public static final long NO_CAP = 0;

    private final Path dir;
    private final long maxBytes;
    private final Map<String, StoredModel> models = new ConcurrentHashMap<>();
    /** Bytes of saves under way, counted against the cap so that saves at the same moment cannot pass it together. */
    private long reserved;

    private ModelStore(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /** Opens (or creates) the store in {@code dir}, listing what is there and removing what a crash left half-done. */
    public static ModelStore open(Path dir) {
        return open(dir, NO_CAP);
    }

    /** The same, with model files capped at {@code maxBytes} in all ({@link #NO_CAP} for none). */
    public static ModelStore open(Path dir, long maxBytes) {
        ModelStore store = new ModelStore(dir, maxBytes);
        try {
            Files.createDirectories(dir);
            store.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the model directory " + dir + ": " + e.getMessage(), e);
        }
        return store;
    }

    private void load() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(dir)) {
            entries = files.toList();
        }
        for (Path file : entries) {
            String name = file.getFileName().toString();
            if (name.endsWith(META_SUFFIX) && RandomIds.isWellFormed(stem(name, META_SUFFIX))) {
                readMetadata(file).ifPresent(model -> models.put(model.id(), model));
            }
        }
        for (Path file : entries) {
            String name = file.getFileName().toString();
            boolean orphan = name.endsWith(MODEL_SUFFIX) && !models.containsKey(stem(name, MODEL_SUFFIX));
            if (name.endsWith(AtomicFiles.TEMP_SUFFIX) || orphan) {
                LOG.info("Removing {} from the model directory (left by an interrupted save)", name);
                Files.deleteIfExists(file);
            }
        }
    }

    private Optional<StoredModel> readMetadata(Path file) {
        try {
            StoredModel model = Json.MAPPER.readValue(file.toFile(), StoredModel.class);
            Path bytes = modelFile(model.id());
            if (model.id().equals(stem(file.getFileName().toString(), META_SUFFIX)) && Files.isRegularFile(bytes)
                    && Files.size(bytes) == model.sizeBytes()) {
                return Optional.of(model);
            }
            LOG.warn("Not listing model {}: its model file is missing or has the wrong size", model.id());
        } catch (IOException e) {
            LOG.warn("Not listing {}: its metadata cannot be read ({})", file.getFileName(), e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Checks {@code bytes} with the engine's reader, then stores them.
     *
     * @throws org.neurite.engine.model.ModelFormatException when they are not a whole, valid model file
     * @throws StoreWriteException when the cap would be passed or the disk refuses; nothing is kept then
     */
    public StoredModel save(byte[] bytes, String name, Double accuracy) throws StoreWriteException {
        return replace(null, bytes, name, accuracy);
    }

    /**
     * Stores {@code bytes} as a new model, then deletes {@code previousId} (when not null): a job's newer checkpoint
     * takes the place of its older one. The new one is whole before the old one goes, so a kill in between leaves
     * both listed, never neither; the cap counts the old one as gone.
     */
    public StoredModel replace(String previousId, byte[] bytes, String name, Double accuracy)
            throws StoreWriteException {
        Model model = ModelFile.read(bytes);
        String id = RandomIds.next();
        StoredModel stored = new StoredModel(id, name, Architecture.describe(model.spec()), model.spec().toText(),
                model.parameterCount(), accuracy, bytes.length, Instant.now().toString());
        StoredModel previous = previousId == null ? null : models.get(previousId);
        reserve(bytes.length, previous == null ? 0 : previous.sizeBytes());
        try {
            AtomicFiles.writeDurably(modelFile(id), bytes);
            AtomicFiles.writeDurably(metadataFile(id), Json.MAPPER.writeValueAsBytes(stored));
            models.put(id, stored);
        } catch (IOException e) {
            LOG.warn("Could not store model {} in {}: {}", id, dir, e.toString());
            deleteQuietly(metadataFile(id));
            deleteQuietly(modelFile(id));
            throw StoreWriteException.diskRefused(e);
        } finally {
            release(bytes.length);
        }
        if (previous != null) {
            try {
                delete(previous.id());
            } catch (IOException e) {
                LOG.warn("Could not delete the replaced model {}: {}", previous.id(), e.toString());
            }
        }
        return stored;
    }

    /** Bytes of the stored model files. */
    public long usedBytes() {
        return models.values().stream().mapToLong(StoredModel::sizeBytes).sum();
    }

    private synchronized void reserve(long size, long freedAfter) throws StoreWriteException {
        long used = usedBytes() + reserved;
        if (maxBytes != NO_CAP && used - freedAfter + size > maxBytes) {
            throw StoreWriteException.overCap(size, used, maxBytes);
        }
        reserved += size;
    }

    private synchronized void release(long size) {
        reserved -= size;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {} after a failed save: {}", file, e.toString());
        }
    }

    /** Every stored model, newest first. */
    public List<StoredModel> list() {
        List<StoredModel> all = new ArrayList<>(models.values());
        all.sort(Comparator.comparing((StoredModel model) -> Instant.parse(model.created())).reversed());
        return all;
    }

    public Optional<StoredModel> find(String id) {
        return RandomIds.isWellFormed(id) ? Optional.ofNullable(models.get(id)) : Optional.empty();
    }

    /** The model file's bytes, or empty when it was deleted meanwhile. */
    public Optional<byte[]> read(StoredModel model) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(modelFile(model.id())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Removes a model; false when there was none with that id. */
    public boolean delete(String id) throws IOException {
        if (find(id).isEmpty()) {
            return false;
        }
        Files.deleteIfExists(metadataFile(id));
        models.remove(id);
        Files.deleteIfExists(modelFile(id));
        AtomicFiles.syncDirectory(dir);
        return true;
    }

    private Path modelFile(String id) {
        return dir.resolve(id + MODEL_SUFFIX);
    }

    private Path metadataFile(String id) {
        return dir.resolve(id + META_SUFFIX);
    }

    private static String stem(String fileName, String suffix) {
        return fileName.substring(0, fileName.length() - suffix.length());
    }
}
