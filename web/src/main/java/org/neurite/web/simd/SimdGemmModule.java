package org.neurite.web.simd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the WebAssembly module of the SIMD matrix kernel, {@code simd-gemm.wasm}; run by the build
 * ({@code main(outputFile)}), so the bundle ships the bytes beside the TeaVM output.
 *
 * <p>The module imports the page's linear memory ({@code env.memory}, TeaVM's own, where direct buffers live) and
 * exports one function:
 * <pre>gemm(a, aRowStride, aDepthStride, b, bRowStride, c, cRowStride, rows, depth, cols)</pre>
 * C[rows x cols] = A . B with every address and stride in bytes: A(i, p) at a + i * aRowStride + p * aDepthStride
 * (so A may be stored transposed), B(p, j) at b + p * bRowStride + 4 * j, C(i, j) at c + i * cRowStride + 4 * j.
 * rows must be a multiple of {@link #ROWS} and cols of {@link #COLUMNS}; the caller pads.
 *
 * <p>A {@code ROWS x COLUMNS} block of C sits in {@code ROWS * VECTORS} f32x4 accumulators while p runs from 0
 * to depth - 1, each step adding {@code A(i, p) * B(p, j)} with a separate f32x4.mul and f32x4.add (no fused
 * multiply-add): every lane performs exactly the scalar kernels' float operations in their order, so the results
 * are bit-identical to them. 4 x 8 holds 8 accumulators, 2 rows of B and the broadcast A value in 11 of the
 * 16 vector registers x64 has, so nothing spills.
 */
public final class SimdGemmModule {
    static final int ROWS = 4;
    static final int VECTORS = 2;
    static final int COLUMNS = 4 * VECTORS;
    static final String FILE_NAME = "simd-gemm.wasm";

    private static final int I32 = 0x7f;
    private static final int V128 = 0x7b;
    private static final int EMPTY_BLOCK = 0x40;

    // Parameters, in the order of the exported signature.
    private static final int A = 0, A_ROW = 1, A_DEPTH = 2, B = 3, B_ROW = 4, C = 5, C_ROW = 6, ROWS_IN = 7,
            DEPTH = 8, COLS = 9;
    private static final int PARAMS = 10;
    // i32 locals after the parameters: loop counters and running addresses (one per row of A).
    private static final int I = PARAMS, J = PARAMS + 1, P = PARAMS + 2, PB = PARAMS + 3, PC = PARAMS + 4,
            PA = PARAMS + 5;
    private static final int I32_LOCALS = 5 + ROWS;
    // v128 locals: the accumulators, then the B vectors, then the broadcast A value.
    private static final int ACC = PARAMS + I32_LOCALS;
    private static final int BV = ACC + ROWS * VECTORS;
    private static final int X = BV + VECTORS;
    private static final int V128_LOCALS = ROWS * VECTORS + VECTORS + 1;

    private SimdGemmModule() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SimdGemmModule <output .wasm file>");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, bytes());
    }

    /** The whole module. */
    static byte[] bytes() {
        WasmBytes module = new WasmBytes().u8(0x00, 0x61, 0x73, 0x6d).u8(1, 0, 0, 0);
        WasmBytes types = new WasmBytes().u32(1).u8(0x60).u32(PARAMS);
        for (int i = 0; i < PARAMS; i++) {
            types.u8(I32);
        }
        types.u32(0);
        module.section(1, types);
        // import env.memory: a memory of at least 0 pages, no maximum.
        module.section(2, new WasmBytes().u32(1).name("env").name("memory").u8(0x02, 0x00).u32(0));
        module.section(3, new WasmBytes().u32(1).u32(0));
        module.section(7, new WasmBytes().u32(1).name("gemm").u8(0x00).u32(0));
        WasmBytes function = new WasmBytes().u32(2).u32(I32_LOCALS).u8(I32).u32(V128_LOCALS).u8(V128);
        body(new Code(function));
        function.u8(0x0b);
        module.section(10, new WasmBytes().u32(1).sized(function));
        return module.toByteArray();
    }

    private static void body(Code code) {
        code.i32(0).set(I);
        code.loopWhile(I, ROWS_IN, () -> {
            code.i32(0).set(J);
            code.loopWhile(J, COLS, () -> {
                for (int v = 0; v < ROWS * VECTORS; v++) {
                    code.v128Zero().set(ACC + v);
                }
                // PA[r] = a + (i + r) * aRowStride; PB = b + 4 * j
                code.get(A).get(I).get(A_ROW).op(0x6c).op(0x6a).set(PA);
                for (int r = 1; r < ROWS; r++) {
                    code.get(PA + r - 1).get(A_ROW).op(0x6a).set(PA + r);
                }
                code.get(B).get(J).i32(2).op(0x74).op(0x6a).set(PB);
                code.get(DEPTH).set(P);
                code.loopUntilZero(P, () -> {
                    for (int v = 0; v < VECTORS; v++) {
                        code.get(PB).simdMemory(0x00, 16 * v).set(BV + v);
                    }
                    for (int r = 0; r < ROWS; r++) {
                        code.get(PA + r).op(0x2a).u32(2).u32(0).simd(0x13).set(X); // f32.load, f32x4.splat
                        for (int v = 0; v < VECTORS; v++) {
                            int acc = ACC + r * VECTORS + v;
                            code.get(acc).get(X).get(BV + v).simd(0xe6).simd(0xe4).set(acc); // mul, then add
                        }
                        code.get(PA + r).get(A_DEPTH).op(0x6a).set(PA + r);
                    }
                    code.get(PB).get(B_ROW).op(0x6a).set(PB);
                });
                // PC = c + i * cRowStride + 4 * j, then one row of the block per step
                code.get(C).get(I).get(C_ROW).op(0x6c).op(0x6a).get(J).i32(2).op(0x74).op(0x6a).set(PC);
                for (int r = 0; r < ROWS; r++) {
                    for (int v = 0; v < VECTORS; v++) {
                        code.get(PC).get(ACC + r * VECTORS + v).simdMemory(0x0b, 16 * v); // v128.store
                    }
                    code.get(PC).get(C_ROW).op(0x6a).set(PC);
                }
                code.get(J).i32(COLUMNS).op(0x6a).set(J);
            });
            code.get(I).i32(ROWS).op(0x6a).set(I);
        });
    }

    /** The few instructions the kernel needs, appended to a function body. */
    private static final class Code {
        private final WasmBytes out;

        Code(WasmBytes out) {
            this.out = out;
        }

        Code op(int opcode) {
            out.u8(opcode);
            return this;
        }

        Code u32(int value) {
            out.u32(value);
            return this;
        }

        Code get(int local) {
            out.u8(0x20).u32(local);
            return this;
        }

        Code set(int local) {
            out.u8(0x21).u32(local);
            return this;
        }

        Code i32(int value) {
            out.u8(0x41).s32(value);
            return this;
        }

        Code simd(int opcode) {
            out.u8(0xfd).u32(opcode);
            return this;
        }

        /** v128.load (0x00) or v128.store (0x0b) with 4-byte alignment and a constant offset. */
        Code simdMemory(int opcode, int offset) {
            return simd(opcode).u32(2).u32(offset);
        }

        Code v128Zero() {
            simd(0x0c);
            for (int i = 0; i < 16; i++) {
                out.u8(0);
            }
            return this;
        }

        /** {@code while (counter < limit) body} (unsigned compare); the body advances the counter. */
        void loopWhile(int counter, int limit, Runnable body) {
            out.u8(0x02, EMPTY_BLOCK, 0x03, EMPTY_BLOCK);
            get(counter).get(limit).op(0x4f).op(0x0d).u32(1); // i32.ge_u; br_if to the block's end
            body.run();
            out.u8(0x0c).u32(0).u8(0x0b, 0x0b); // br to the loop's start; end loop; end block
        }

        /** {@code while (counter != 0) { body; counter-- }}. */
        void loopUntilZero(int counter, Runnable body) {
            out.u8(0x02, EMPTY_BLOCK, 0x03, EMPTY_BLOCK);
            get(counter).op(0x45).op(0x0d).u32(1); // i32.eqz; br_if to the block's end
            body.run();
            get(counter).i32(1).op(0x6b).set(counter);
            out.u8(0x0c).u32(0).u8(0x0b, 0x0b);
        }
    }
}
