package org.neurite.engine.fuzz;

import java.util.List;
import java.util.function.Supplier;

/** Inputs for the text readers: nine in ten mutate a valid text, one in ten is random text from the alphabet. */
final class TextFuzz {
    private TextFuzz() {
    }

    static Supplier<String> inputs(long seed, List<String> seeds, String alphabet, int maxRandomLength) {
        Mutator m = new Mutator(seed);
        return () -> {
            if (m.random().nextInt(10) == 0) {
                return m.randomText(maxRandomLength, alphabet);
            }
            String text = seeds.get(m.random().nextInt(seeds.size()));
            // Mutating a mutant reaches inputs further from the valid ones.
            for (int i = m.random().nextInt(3); i >= 0; i--) {
                text = m.mutate(text, seeds);
            }
            return text;
        };
    }
}
