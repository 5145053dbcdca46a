package org.neurite.web.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmbedSnippetTest {

    @Test
    void theSnippetEscapesTheAddressAndKeepsTheSize() {
        String src = EmbedSnippet.embedAddress("https://nn.example.edu/lessons/04-loss.html", "widget=bce", "");
        assertEquals("https://nn.example.edu/lessons/04-loss.html?embed&widget=bce", src);
        assertEquals("<iframe src=\"https://nn.example.edu/lessons/04-loss.html?embed&amp;widget=bce\" "
                + "title=\"Neurite: &quot;Not this simple&quot;\" width=\"100%\" height=\"900\" "
                + "style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>",
                EmbedSnippet.iframe(src, "Neurite: \"Not this simple\"", " 100% ", "900"));
        assertEquals("https://h/playground.html?embed#dataset=xor",
                EmbedSnippet.embedAddress("https://h/playground.html", "", "#dataset=xor"));
    }

    @Test
    void sizesOutOfRangeSayWhatWouldDo() {
        assertNull(EmbedSnippet.widthProblem("320"));
        assertNull(EmbedSnippet.widthProblem("100%"));
        assertNull(EmbedSnippet.heightProblem("640"));
        assertTrue(EmbedSnippet.widthProblem("300").contains("from 320 to 2000"), EmbedSnippet.widthProblem("300"));
        assertTrue(EmbedSnippet.widthProblem("5%").contains("from 10 to 100"), EmbedSnippet.widthProblem("5%"));
        assertTrue(EmbedSnippet.widthProblem("wide").contains("percentage"), EmbedSnippet.widthProblem("wide"));
        assertTrue(EmbedSnippet.heightProblem("50").contains("from 200 to 5000"), EmbedSnippet.heightProblem("50"));
        for (String[] size : EmbedSnippet.SIZES) {
            assertNull(EmbedSnippet.widthProblem(size[0]), size[2]);
            assertNull(EmbedSnippet.heightProblem(size[1]), size[2]);
        }
    }
}
