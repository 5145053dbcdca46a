package org.neurite.web.simd;

import java.nio.ByteBuffer;
import org.neurite.engine.tensor.Gemm;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * Picks the training worker's matrix kernel: the WebAssembly SIMD one when worker-loader.js could start
 * {@code simd-gemm.wasm} on the engine's own linear memory, else the engine's scalar default. A page address
 * with {@code ?kernel=simd}, {@code scalar} (the engine's default) or {@code scalar4x4} forces one (the
 * benchmarks compare them in one run); the page passes it on to the worker ({@link #workerQuery}).
 */
public final class KernelChoice {
    public static final String SIMD = "simd";
    /** The engine's default scalar kernel in the browser. */
    public static final String SCALAR = "scalar";
    public static final String SCALAR_4X4 = "scalar4x4";

    private KernelChoice() {
    }

    /** Installs the kernel for every layer built from now on; returns its name. */
    public static String install() {
        String requested = requested();
        if (SCALAR_4X4.equals(requested)) {
            Gemm.useInBrowser(Gemm::registerBlockedKernel);
            return SCALAR_4X4;
        }
        if (!SCALAR.equals(requested) && simdReady()) {
            Gemm.useInBrowser(SimdKernel::new);
            return SIMD;
        }
        Gemm.useInBrowser(null);
        return SCALAR;
    }

    /** Whether the SIMD module runs here and shares the memory where TeaVM keeps direct buffers. */
    public static boolean simdReady() {
        if (!hasSimdModule()) {
            return false;
        }
        Float32Array probe = Float32Array.fromJavaBuffer(ByteBuffer.allocateDirect(16).asFloatBuffer());
        return sharesModuleMemory(probe);
    }

    /** The page's {@code ?kernel=} as a query suffix for the worker's address, or "". */
    @JSBody(script = "var k = new URLSearchParams(location.search).get('kernel');"
            + "return k && /^[a-z0-9]+$/.test(k) ? '&kernel=' + k : '';")
    public static native String workerQuery();

    /** The kernel the worker's address asks for, as worker-loader.js recorded it; "" for the default. */
    @JSBody(script = "return globalThis.neuriteKernel || '';")
    static native String requested();

    @JSBody(script = "return !!globalThis.neuriteSimd;")
    private static native boolean hasSimdModule();

    @JSBody(params = "view", script = "var memory = globalThis.neuriteMemory;"
            + "return !!memory && view.buffer === memory.buffer;")
    private static native boolean sharesModuleMemory(Float32Array view);
}
