package org.neurite.web.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Studio's link: where the run trains is part of it, and older links read as they always did. */
class StudioStateTest {

    @Test
    void aLinkThatTrainsOnTheServerSaysSoAndRoundTrips() {
        StudioState state = StudioState.fromHash("#preset=cnn&epochs=2&on=server");
        assertTrue(state.onServer());
        assertEquals("cnn", state.preset);
        assertEquals("2", state.epochs);
        String hash = state.toHash();
        assertTrue(hash.endsWith("&on=server"), hash);
        StudioState again = StudioState.fromHash(hash);
        assertTrue(again.onServer());
        assertEquals(hash, again.toHash());
        assertEquals(state.form().recipe(), again.form().recipe(), "the same recipe, wherever it trains");
    }

    @Test
    void thisBrowserIsTheDefaultAndLeavesTheLinkAsItWas() {
        StudioState state = StudioState.fromHash("#preset=mlp&epochs=1");
        assertFalse(state.onServer());
        assertFalse(state.toHash().contains("on="), state.toHash());
        state.on = StudioState.SERVER;
        assertTrue(state.toHash().contains("&on=server"), state.toHash());
        state.on = StudioState.BROWSER;
        assertFalse(state.toHash().contains("on="), state.toHash());
    }

    @Test
    void anUnknownPlaceTrainsInThisBrowser() {
        assertFalse(StudioState.fromHash("#preset=mlp&on=cloud").onServer());
        assertFalse(StudioState.fromHash("#on=").onServer());
        assertTrue(StudioState.fromHash("#on=server").onServer(), "with nothing else in the link");
    }
}
