package org.neurite.engine.tensor;

/**
 * The rows of a matrix B[k x n] made on demand instead of stored: for an operand far larger than what it is made
 * from, such as a convolution's patches (every input pixel repeated for each kernel tap that reads it). Rows made
 * as the product needs them stay in the first-level cache; written out whole they would go to memory and back.
 */
@FunctionalInterface
public interface RowSource {
    /** Writes B(p, j0), ..., B(p, j0 + width - 1) to {@code into} from {@code offset}. */
    void copyRow(int p, int j0, int width, float[] into, int offset);
}
