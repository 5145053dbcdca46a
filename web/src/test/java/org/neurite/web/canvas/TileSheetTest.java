package org.neurite.web.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TileSheetTest {
    /** ImageData reads bytes R, G, B, A; as a little-endian int that is 0xAABBGGRR. */
    @Test
    void coloursAreReorderedAsImageDataReadsThem() {
        assertEquals(0xFFBD7708, TileSheet.inMemoryOrder(0x0877BD));
        assertEquals(0xFF000000, TileSheet.inMemoryOrder(0x000000));
        assertEquals(0xFFFFFFFF, TileSheet.inMemoryOrder(0xFFFFFF));
    }

    @Test
    void tilesFollowEachOtherInTheBuffer() {
        TileSheet sheet = new TileSheet(20);
        sheet.ensureCapacity(3);
        assertEquals(800, sheet.offset(2));
        assertEquals(true, sheet.pixels().length >= 3 * 400);
    }
}
