package org.neurite.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.nn.Param;
import org.neurite.engine.random.Rng;

class ModelFileTest {
    private static final String SPEC =
            "input 3 | dense 5 relu | dropout 0.1 | dense 4 tanh init=small | dense 2 linear | loss softmaxCrossEntropy";

    private static Model model() {
        return Model.create(ModelSpec.parse(SPEC), new Rng(99));
    }

    private static String error(byte[] bytes) {
        return assertThrows(ModelFormatException.class, () -> ModelFile.read(bytes)).getMessage();
    }

    @Test
    void roundTripIsExact() {
        Model original = model();
        byte[] bytes = ModelFile.write(original);
        Model copy = ModelFile.read(bytes);
        assertEquals(SPEC, copy.spec().toText());
        Param[] a = original.params();
        Param[] b = copy.params();
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i].value(), b[i].value(), 0f);
        }
        assertArrayEquals(bytes, ModelFile.write(copy));
        float[] x = {0.3f, -1f, 2f};
        assertArrayEquals(original.predict(x, 1).clone(), copy.predict(x, 1), 0f);
    }

    @Test
    void truncatedFileIsRejected() {
        byte[] bytes = ModelFile.write(model());
        for (int length : new int[] {0, 3, 11, 40, bytes.length / 2, bytes.length - 1}) {
            String e = error(Arrays.copyOf(bytes, length));
            assertTrue(e.contains("header") || e.contains("truncated") || e.contains("ends early"), length + ": " + e);
        }
    }

    @Test
    void wrongMagicIsRejected() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(error(png).contains("not a Neurite model file"));
    }

    @Test
    void wrongVersionIsRejected() {
        byte[] bytes = ModelFile.write(model());
        bytes[4] = 7;
        String e = error(bytes);
        assertTrue(e.contains("version 7") && e.contains("newer"), e);
    }

    @Test
    void everySingleBitFlipIsDetected() {
        byte[] bytes = ModelFile.write(model());
        for (int i = 8; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit += 3) {
                byte[] flipped = bytes.clone();
                flipped[i] ^= (byte) (1 << bit);
                assertThrows(ModelFormatException.class, () -> ModelFile.read(flipped), "byte " + i + " bit " + bit);
            }
        }
    }

    @Test
    void wrongShapeIsRejectedEvenWithAValidChecksum() {
        Model small = Model.create(ModelSpec.parse("input 3 | dense 2 linear | loss mse"), new Rng(1));
        byte[] bytes = ModelFile.write(small);
        // Rewrite the spec text to claim 4 inputs (same length), then fix the checksum.
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("input 3");
        bytes[at + 6] = '4';
        int crc = Crc32.of(bytes, 0, bytes.length - 4);
        for (int k = 0; k < 4; k++) {
            bytes[bytes.length - 4 + k] = (byte) (crc >>> (8 * k));
        }
        String e = error(bytes);
        assertTrue(e.contains("parameter 1 (W) has 6 values") && e.contains("needs 8"), e);
    }
}
