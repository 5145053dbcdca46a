package org.neurite.web.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkStateTest {
    private static final Property SIZE = Property.integer("size", "size", 3, 1, 9);
    private static final Property SHAPE = Property.choice("shape", "shape", "round", "round", "square");
    private static final Property NOTE = Property.text("note", "note", "", text -> null).optional();
    private static final Property[] TABLE = {SIZE, SHAPE, NOTE};

    /** A page with three settings, the last one left out of links while empty. */
    private static final class Page extends LinkState {
        Page() {
            super(TABLE);
        }

        List<String> load(String hash) {
            return read(hash, "Test page");
        }
    }

    @Test
    void aLinkListsTheTableInOrderAndLeavesOptionalDefaultsOut() {
        Page page = new Page();
        assertEquals("#size=3&shape=round", page.toHash());
        page.put(NOTE, "4,2;x_y.z-1:2 a&b=é");
        assertEquals("#size=3&shape=round&note=4,2;x_y.z-1:2+a%26b%3D%C3%A9", page.toHash(),
                "lists stay readable, the rest is escaped");
        Page back = new Page();
        assertEquals(List.of(), back.load(page.toHash()));
        assertEquals("4,2;x_y.z-1:2 a&b=é", back.text(NOTE));
    }

    @Test
    void aRefusedValueKeepsThePreviousOneAndEachMistakeIsSaid() {
        Page page = new Page();
        page.put(SIZE, 5);
        assertEquals(List.of(
                "the link's size (size=12) was not used: 12 is out of range; use a whole number from 1 to 9; using 5",
                "the link's 'colour' is not a Test page setting and was ignored"),
                page.load("#size=12&colour=red&shape=square"));
        assertEquals(5, page.integer(SIZE));
        assertEquals("square", page.text(SHAPE));
        assertThrows(IllegalArgumentException.class, () -> page.put(SHAPE, "oval"), "a page's own value must fit");
    }

    @Test
    void givenReadsOneValueOfALink() {
        assertEquals("a b", LinkState.given("#size=2&note=a%20b", NOTE), "older links wrote spaces as %20");
        assertEquals("", LinkState.given("size=&shape", SHAPE));
        assertNull(LinkState.given("#size=2", NOTE));
    }
}
