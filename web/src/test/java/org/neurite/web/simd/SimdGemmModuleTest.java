package org.neurite.web.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The emitted module read back by a small decoder of the binary format: its sections, its one import and
 * export, and its instructions, each decoded to the end of the body. The browser test (kernel-check.html) runs
 * it; this one pins what makes it bit-identical to the scalar kernels: one f32x4.mul, then one f32x4.add, per
 * accumulator and step, and no other vector arithmetic (in particular no fused multiply-add).
 */
class SimdGemmModuleTest {
    private static final int SIMD_LOAD = 0x00, SIMD_STORE = 0x0b, SIMD_CONST = 0x0c, SPLAT = 0x13, ADD = 0xe4,
            MUL = 0xe6;

    private final byte[] module = SimdGemmModule.bytes();
    private int at;

    private int u8() {
        return module[at++] & 0xff;
    }

    private int u32() {
        int result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            result |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    private void s32() {
        while ((u8() & 0x80) != 0) {
            // skip
        }
    }

    private String name() {
        int length = u32();
        String name = new String(module, at, length, java.nio.charset.StandardCharsets.US_ASCII);
        at += length;
        return name;
    }

    @Test
    void theModuleImportsTheMemoryAndExportsOneGemmOfTenInts() {
        assertEquals(0x6d736100, (module[0] & 0xff) | (module[1] & 0xff) << 8 | (module[2] & 0xff) << 16
                | (module[3] & 0xff) << 24, "magic");
        at = 8;
        List<Integer> ids = new ArrayList<>();
        while (at < module.length) {
            int id = u8();
            int size = u32();
            int end = at + size;
            ids.add(id);
            switch (id) {
                case 1 -> {
                    assertEquals(1, u32());
                    assertEquals(0x60, u8());
                    assertEquals(10, u32(), "parameters");
                    for (int i = 0; i < 10; i++) {
                        assertEquals(0x7f, u8(), "every parameter is an i32");
                    }
                    assertEquals(0, u32(), "no results");
                }
                case 2 -> {
                    assertEquals(1, u32());
                    assertEquals("env", name());
                    assertEquals("memory", name());
                    assertEquals(0x02, u8(), "a memory import");
                }
                case 7 -> {
                    assertEquals(1, u32());
                    assertEquals("gemm", name());
                    assertEquals(0x00, u8(), "a function export");
                    assertEquals(0, u32());
                }
                default -> {
                    // checked elsewhere
                }
            }
            at = end;
        }
        assertEquals(List.of(1, 2, 3, 7, 10), ids, "sections type, import, function, export, code");
        assertEquals(module.length, at, "the last section ends the module");
    }

    @Test
    void everyAccumulatorStepIsAMultiplyThenAnAddAndNothingFused() {
        List<Integer> simd = decodeBody();
        int accumulators = SimdGemmModule.ROWS * SimdGemmModule.VECTORS;
        int muls = 0;
        for (int i = 0; i < simd.size(); i++) {
            int op = simd.get(i);
            assertTrue(op == SIMD_LOAD || op == SIMD_STORE || op == SIMD_CONST || op == SPLAT || op == ADD
                    || op == MUL, "unexpected vector instruction 0x" + Integer.toHexString(op));
            if (op == MUL) {
                muls++;
                assertEquals(ADD, simd.get(i + 1), "a product goes straight into its accumulator");
            }
        }
        assertEquals(accumulators, muls, "one multiply per accumulator in the loop body");
        assertEquals(accumulators, simd.stream().filter(op -> op == ADD).count(), "one add per accumulator");
        assertEquals(accumulators, simd.stream().filter(op -> op == SIMD_STORE).count(), "each stored once");
    }

    /** Decodes the one function body to its end; returns its vector instructions in order. */
    private List<Integer> decodeBody() {
        at = 8;
        while (true) {
            int id = u8();
            int size = u32();
            if (id == 10) {
                break;
            }
            at += size;
        }
        assertEquals(1, u32(), "one function body");
        int end = u32() + at;
        int locals = 10;
        for (int groups = u32(), g = 0; g < groups; g++) {
            locals += u32();
            int type = u8();
            assertTrue(type == 0x7f || type == 0x7b, "i32 or v128 locals");
        }
        List<Integer> simd = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int op = u8();
            switch (op) {
                case 0x02, 0x03 -> {
                    assertEquals(0x40, u8(), "blocks without results");
                    depth++;
                }
                case 0x0b -> depth--;
                case 0x0c, 0x0d -> assertTrue(u32() < depth, "branch to an enclosing block");
                case 0x20, 0x21 -> assertTrue(u32() < locals, "a declared local");
                case 0x41 -> s32();
                case 0x2a -> {
                    u32();
                    u32();
                }
                case 0x45, 0x4f, 0x6a, 0x6b, 0x6c, 0x74 -> {
                    // i32.eqz, ge_u, add, sub, mul, shl: no immediates
                }
                case 0xfd -> {
                    int vector = u32();
                    simd.add(vector);
                    if (vector == SIMD_LOAD || vector == SIMD_STORE) {
                        u32();
                        u32();
                    } else if (vector == SIMD_CONST) {
                        at += 16;
                    }
                }
                default -> fail("unexpected instruction 0x" + Integer.toHexString(op) + " at byte " + (at - 1));
            }
        }
        assertEquals(end, at, "the body ends with its last instruction");
        return simd;
    }
}
