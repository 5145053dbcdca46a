package org.neurite.engine.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns label texts into class indices 0..k-1 and remembers which text each index stands for. */
final class ClassLabels {
    /** Digit strings longer than this are treated as names, so the int parse cannot overflow. */
    private static final int MAX_INDEX_DIGITS = 6;

    final int[] indices;
    final String[] names;

    private ClassLabels(int[] indices, String[] names) {
        this.indices = indices;
        this.names = names;
    }

    /**
     * Labels that are already class indices (every one of 0..k-1 written as plain digits and each used at
     * least once) keep their value, so "1" stays class 1; anything else is numbered by first appearance.
     */
    static ClassLabels fromText(String[] labels) {
        int[] asIndices = asClassIndices(labels);
        if (asIndices == null) {
            return byFirstAppearance(labels);
        }
        int classCount = 0;
        for (int index : asIndices) {
            classCount = Math.max(classCount, index + 1);
        }
        String[] names = new String[classCount];
        for (int i = 0; i < classCount; i++) {
            names[i] = Integer.toString(i);
        }
        return new ClassLabels(asIndices, names);
    }

    /** Numbers the distinct texts 0, 1, 2... in the order they first appear. */
    static ClassLabels byFirstAppearance(String[] labels) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        int[] indices = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            Integer index = seen.get(labels[i]);
            if (index == null) {
                index = names.size();
                seen.put(labels[i], index);
                names.add(labels[i]);
            }
            indices[i] = index;
        }
        return new ClassLabels(indices, names.toArray(new String[0]));
    }

    /** The labels as ints when they are plain digits covering 0..max with no gap, else null. */
    private static int[] asClassIndices(String[] labels) {
        int[] values = new int[labels.length];
        int max = -1;
        for (int i = 0; i < labels.length; i++) {
            String text = labels[i];
            if (text.isEmpty() || text.length() > MAX_INDEX_DIGITS) {
                return null;
            }
            int value = 0;
            for (int p = 0; p < text.length(); p++) {
                char c = text.charAt(p);
                if (c < '0' || c > '9') {
                    return null;
                }
                value = value * 10 + (c - '0');
            }
            values[i] = value;
            max = Math.max(max, value);
        }
        boolean[] used = new boolean[max + 1];
        for (int value : values) {
            used[value] = true;
        }
        for (boolean u : used) {
            if (!u) {
                return null;
            }
        }
        return values;
    }
}
