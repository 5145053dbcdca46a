package org.neurite.engine.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.Recipe;

/** The byte formats, read back by the JDK's own readers; Python and ONNX Runtime run them in the server tests. */
class ExportFormatsTest {
    @Test
    void npyHasNumpysHeaderAndLittleEndianValues() {
        byte[] npy = Npy.of(new float[] {1f, -2.5f, 3f}, new int[] {3});
        assertEquals((byte) 0x93, npy[0]);
        assertEquals("NUMPY", new String(npy, 1, 5, StandardCharsets.US_ASCII));
        int headerLength = (npy[8] & 0xFF) | (npy[9] & 0xFF) << 8;
        String header = new String(npy, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }"), header);
        assertEquals(0, (10 + headerLength) % 64, "the data starts on a 64-byte boundary");
        ByteBuffer data = ByteBuffer.wrap(npy, 10 + headerLength, 12).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(-2.5f, data.getFloat(10 + headerLength + 4));
        assertTrue(new String(Npy.of(new float[6], new int[] {2, 3}), StandardCharsets.US_ASCII)
                .contains("'shape': (2, 3), }"));
    }

    @Test
    void npzIsAZipOfNpyFilesTheJdkReads() throws IOException {
        byte[] npz = new Npz().add("layer1.W", new float[] {1, 2, 3, 4}, new int[] {2, 2})
                .add("layer1.b", new float[] {5, 6}, new int[] {2}).toBytes();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(npz))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("layer1.W.npy", first.getName());
            assertArrayEquals(Npy.of(new float[] {1, 2, 3, 4}, new int[] {2, 2}), zip.readAllBytes(),
                    "stored, and its CRC checks out (the JDK verifies it)");
            assertEquals("layer1.b.npy", zip.getNextEntry().getName());
        }
    }

    @Test
    void protobufVarintsAndLengthPrefixes() {
        byte[] bytes = new ProtoWriter().integer(1, 300).string(2, "ab").toBytes();
        // field 1 varint: key 0x08, 300 = 0xAC 0x02; field 2 length-delimited: key 0x12, length 2, "ab"
        assertArrayEquals(new byte[] {0x08, (byte) 0xAC, 0x02, 0x12, 2, 'a', 'b'}, bytes);
    }

    @Test
    void denseWeightsKeepTheLabLayoutAndAFlattenPrecedesADenseLayerOnImages() {
        Model model = Model.create(NamedRecipe.W2.recipe().spec(), new Rng(1));
        ExportPlan plan = ExportPlan.of(model);
        ExportLayer dense = plan.weighted().get(2);
        assertEquals(784, dense.inputs(), "16 x 7 x 7 flattened");
        assertEquals(10, dense.units());
        assertEquals(ExportLayer.Kind.FLATTEN, plan.steps().get(plan.steps().indexOf(dense) - 1).kind());
        assertArrayEquals(new int[] {2, 2, 2, 2}, plan.weighted().get(0).padding(), "5x5 'same': two all round");
        assertEquals(ExportPlan.Head.SOFTMAX, plan.head());
        assertTrue(plan.readsMnist());
    }

    @Test
    void anEvenKernelPadsTheOddPixelAfter() {
        Model model = Model.create(ModelSpec.parse("input 1x9x9 | conv 2 4 relu stride=2 | dense 2 linear"
                + " | loss mse"), new Rng(1));
        ExportLayer conv = ExportPlan.of(model).weighted().get(0);
        assertArrayEquals(new int[] {1, 1, 2, 2}, conv.padding(), "5 outputs need 3 zeros: 1 before, 2 after");
        String torch = PyTorchExport.write(ExportPlan.of(model), Recipe.of(model.spec()), "odd", "odd.npz");
        assertTrue(torch.contains("nn.ZeroPad2d((1, 2, 1, 2)),"), torch);
        assertTrue(torch.contains("model[1].weight.copy_"), "the conv is module 1, after its padding");
    }

    @Test
    void weightsJsonNamesEveryLayerWithShapesAndAxes() {
        Model model = Model.create(ModelSpec.parse("input 2 | dense 3 tanh | dense 1 linear"
                + " | loss binaryCrossEntropy"), new Rng(1));
        String json = WeightsJson.write(model);
        assertTrue(json.startsWith("{\n  \"format\": \"neurite-weights\",\n  \"version\": 1,"), json);
        assertTrue(json.contains("\"layer\": 1, \"kind\": \"dense\", \"spec\": \"dense 3 tanh\", \"input\": [2],"
                + " \"output\": [3]"), json);
        assertTrue(json.contains("\"W\": {\"shape\": [2, 3], \"axes\": \"[inputs][units]"), json);
        float w01 = model.params()[0].value()[1];
        assertTrue(json.contains("\"values\": [[" + model.params()[0].value()[0] + ", " + w01 + ", "), json);
    }

    @Test
    void fileNamesAreSafe() {
        assertEquals("my-net-v2", Exports.safeName(" my net / v2 "));
        assertEquals("neurite-model", Exports.safeName("///"));
        assertEquals("mnist-cnn.onnx", new Exports(Model.create(NamedRecipe.W2.recipe().spec(), new Rng(1)), null,
                "mnist-cnn").fileName(Exports.Kind.ONNX));
    }
}
