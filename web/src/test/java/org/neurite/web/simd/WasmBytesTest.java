package org.neurite.web.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** LEB128 as the WebAssembly specification's own examples encode it. */
class WasmBytesTest {
    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void unsignedNumbersTakeSevenBitsPerByte() {
        assertArrayEquals(bytes(0x00), new WasmBytes().u32(0).toByteArray());
        assertArrayEquals(bytes(0x7f), new WasmBytes().u32(127).toByteArray());
        assertArrayEquals(bytes(0x80, 0x01), new WasmBytes().u32(128).toByteArray());
        assertArrayEquals(bytes(0xe5, 0x8e, 0x26), new WasmBytes().u32(624485).toByteArray());
    }

    @Test
    void signedNumbersKeepTheirSignBit() {
        assertArrayEquals(bytes(0x3f), new WasmBytes().s32(63).toByteArray());
        assertArrayEquals(bytes(0xc0, 0x00), new WasmBytes().s32(64).toByteArray());
        assertArrayEquals(bytes(0x7f), new WasmBytes().s32(-1).toByteArray());
        assertArrayEquals(bytes(0xc0, 0xbb, 0x78), new WasmBytes().s32(-123456).toByteArray());
    }

    @Test
    void sectionsAndNamesAreLengthPrefixed() {
        WasmBytes body = new WasmBytes().name("env");
        assertArrayEquals(bytes(2, 4, 3, 'e', 'n', 'v'), new WasmBytes().section(2, body).toByteArray());
    }
}
