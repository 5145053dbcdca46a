package org.neurite.engine.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.neurite.engine.random.Rng;

class GemmTest {
    private static float[] random(int n, Rng rng) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = rng.uniform(-1f, 1f);
        }
        return a;
    }

    private static Gemm gemm(String kernel) {
        return switch (kernel) {
            case "register" -> new Gemm(new RegisterBlockedKernel());
            default -> new Gemm(new RowStreamingKernel());
        };
    }

    @ParameterizedTest(name = "{3} {0}x{1}x{2}")
    @CsvSource({"1,1,1,register", "7,13,5,register", "4,4,4,register", "65,129,33,register", "3,2,9,register",
        "64,784,128,register", "5,1,7,register", "1,9,4,register", "6,600,10,register", "9,257,3,register",
        "784,64,128,register", "0,3,2,register", "2,0,3,register",
        "1,1,1,streaming", "7,13,5,streaming", "4,4,4,streaming", "65,129,33,streaming", "3,2,9,streaming",
        "64,784,128,streaming", "5,1,7,streaming", "1,9,4,streaming", "6,600,10,streaming", "9,257,3,streaming",
        "784,64,128,streaming", "33,7,300,streaming", "130,5,257,streaming", "2,0,3,streaming"})
    void fastKernelsEqualReferenceBitForBit(int m, int k, int n, String kernel) {
        Rng rng = new Rng(m * 1000 + k * 10 + n);
        float[] a = random(m * k, rng);
        float[] b = random(k * n, rng);
        float[] at = random(k * m, rng);
        float[] bt = random(n * k, rng);
        float[] expected = new float[m * n];
        float[] actual = random(m * n, rng); // garbage to prove overwrite
        Gemm gemm = gemm(kernel);

        ReferenceGemm.nn(a, b, expected, m, k, n);
        gemm.nn(a, b, actual, m, k, n);
        assertArrayEquals(expected, actual, 0f, "nn");

        actual = random(m * n, rng);
        gemm.nn(a, (p, j0, width, into, offset) -> System.arraycopy(b, p * n + j0, into, offset, width), actual,
                m, k, n);
        assertArrayEquals(expected, actual, 0f, "nn, B made a row at a time");

        ReferenceGemm.tn(at, b, expected, m, k, n);
        gemm.tn(at, b, actual, m, k, n);
        assertArrayEquals(expected, actual, 0f, "tn");

        ReferenceGemm.nt(a, bt, expected, m, k, n);
        gemm.nt(a, bt, actual, m, k, n);
        assertArrayEquals(expected, actual, 0f, "nt");
    }

    @Test
    void theJvmUsesTheStreamingKernel() {
        assertEquals(false, Gemm.inBrowserBuild());
    }

    @Test
    void referenceMatchesAProductWorkedByHand() {
        float[] a = {1, 2, 3, 4, 5, 6};       // 2x3
        float[] b = {7, 8, 9, 10, 11, 12};    // 3x2
        float[] c = new float[4];
        ReferenceGemm.nn(a, b, c, 2, 3, 2);
        assertArrayEquals(new float[] {58, 64, 139, 154}, c, 0f);
        for (String kernel : new String[] {"register", "streaming"}) {
            gemm(kernel).nn(a, b, c, 2, 3, 2);
            assertArrayEquals(new float[] {58, 64, 139, 154}, c, 0f, kernel);
        }
    }

    @Test
    void biasHelpers() {
        float[] c = {1, 2, 3, 4};
        Gemm.addRowVector(c, new float[] {10, 20}, 2, 2);
        assertArrayEquals(new float[] {11, 22, 13, 24}, c, 0f);
        float[] sums = {99, 99};
        Gemm.columnSums(c, sums, 2, 2);
        assertEquals(24f, sums[0]);
        assertEquals(46f, sums[1]);
    }
}
