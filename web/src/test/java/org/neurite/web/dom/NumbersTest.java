package org.neurite.web.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one number formatter reads the same on the JVM as in the browser: these are its words. */
class NumbersTest {
    @Test
    void lossesPercentagesAndSignificantDigits() {
        assertEquals("0.0493", Numbers.loss(0.04934f));
        assertEquals("12.35", Numbers.loss(12.3456f));
        assertEquals("–", Numbers.loss(Float.NaN));
        assertEquals("97.5%", Numbers.percent(0.975f));
        assertEquals("-0.0123", Numbers.significant(-0.012345f, 3));
        assertEquals("0.532", Numbers.significant(0.5321f, 3));
        assertEquals("124", Numbers.significant(123.6f, 3));
        assertEquals("0", Numbers.significant(0f, 3));
        assertEquals("-0.50", Numbers.fixed(-0.5f, 2));
    }

    @Test
    void doublesKeepTheirDigits() {
        assertEquals("28.6654", Numbers.fixed(8 * Math.pow(1.2, 7), 4));
        assertEquals("123456789.1", Numbers.fixed(123456789.123, 1), "more digits than a float holds");
        assertEquals("0.00", Numbers.fixed(-0.0001, 2), "no minus sign on a value that rounds to zero");
        assertEquals("97.62%", Numbers.percent(0.97615, 2));
        assertEquals("–", Numbers.percent(Double.NaN, 2));
    }

    @Test
    void groupsAndMegabytes() {
        assertEquals("101,770", Numbers.grouped(101_770));
        assertEquals("-1,000,000", Numbers.grouped(-1_000_000));
        assertEquals("999", Numbers.grouped(999));
        assertEquals("55.4 MB", Numbers.megabytes(55_440_000));
    }
}
