package org.neurite.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.engine.model.Crc32;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.model.ModelFormatException;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;

/**
 * The model-file reader over mutated files: a whole model or a {@link ModelFormatException} with a message.
 * Half the mutants get a correct checksum again, so the reader's checks behind the checksum are reached too,
 * and some carry a mutated spec with correct lengths, so a spec declaring a huge model meets a small file.
 */
class ModelFileFuzzTest {
    private static final List<String> SPECS = List.of(
            "input 3 | dense 5 relu | dropout 0.1 | dense 4 tanh init=small | dense 2 linear | loss softmaxCrossEntropy",
            "input 1x6x6 | conv 2 3 relu | maxpool 2 | flatten | dense 3 linear | loss softmaxCrossEntropy",
            "input 2 | dense 1 linear | loss mse");

    static byte[] file(String spec, int seed) {
        return ModelFile.write(Model.create(ModelSpec.parse(spec), new Rng(seed)));
    }

    /** A file with the given spec text and weights section, lengths and checksum correct. */
    static byte[] withSpec(String spec, byte[] weights) {
        byte[] text = spec.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(12 + text.length + weights.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {'N', 'R', 'T', 'M'}).putInt(ModelFile.VERSION).putInt(text.length).put(text).put(weights);
        return sealed(b.array());
    }

    static byte[] sealed(byte[] bytes) {
        if (bytes.length >= 4) {
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(bytes.length - 4, Crc32.of(bytes, 0, bytes.length - 4));
        }
        return bytes;
    }

    @Test
    void anyFileIsReadWholeOrRefusedWithAMessage() {
        Mutator m = new Mutator(11);
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < SPECS.size(); i++) {
            files.add(file(SPECS.get(i), i));
        }
        FuzzRun.run("model-file", () -> {
            int pick = m.random().nextInt(files.size());
            byte[] seed = files.get(pick);
            switch (m.random().nextInt(4)) {
                case 0:
                    return m.mutate(seed, files.get(m.random().nextInt(files.size())));
                case 1: {
                    String spec = TextFuzz.inputs(m.random().nextLong(), SPECS, "0123456789 x|", 40).get();
                    int weights = 4 + SPECS.get(pick).length();
                    byte[] rest = java.util.Arrays.copyOfRange(seed, Math.min(seed.length - 4, 12 + weights - 4),
                            seed.length - 4);
                    return withSpec(spec, rest);
                }
                case 2:
                    return m.randomBytes(200);
                default:
                    return sealed(m.mutate(seed, files.get(m.random().nextInt(files.size()))));
            }
        }, bytes -> {
            Model model = ModelFile.read(bytes);
            // A model that was read is whole: its file reads back to the same model (the spec text may be
            // normalised, e.g. an activation's case, so compare the model's own file).
            byte[] written = ModelFile.write(model);
            assertArrayEquals(written, ModelFile.write(ModelFile.read(written)));
        }, 32, ModelFormatException.class);
    }

    @Test
    void aSpecDeclaringAHugeModelInASmallFileFailsWithoutAllocating() {
        long thread = Thread.currentThread().getId();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        byte[] small = withSpec("input 4096 | dense 4096 relu | dense 4096 relu | dense 10 linear | loss mse",
                new byte[] {3, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F});
        long before = mx.getThreadAllocatedBytes(thread);
        String message = assertThrows(ModelFormatException.class, () -> ModelFile.read(small)).getMessage();
        long allocated = mx.getThreadAllocatedBytes(thread) - before;
        assertTrue(allocated < 1 << 20, "allocated " + allocated + " bytes");
        assertTrue(message.contains("parameters") && message.contains(small.length + " bytes"), message);
    }
}
