package org.neurite.server.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of valid JSON request bodies: in the tree (a value replaced by one of another type, a huge
 * or odd number, Unicode, deep nesting; fields dropped or added) and in the text (truncation, flipped bytes,
 * splices, raw NaN and invalid UTF-8). Same seed, same bodies.
 */
final class JsonMutator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] ODD_TEXT = {"", " ", "\u0000", "\uFEFF", "\uD83D\uDE00", "\u202E", "\u00E9", "%",
        "%zz", "&", "=", "|", "mlp", "from=mlp&epochs=1", "spec=input 2 | dense 2 linear", "NaN", "1e999",
        "csv", "mnist", "spiral", "x,label\n1,a\n2,b\n", "x\n", "\"", "\\", "a".repeat(5000)};
    private static final String[] RAW = {"NaN", "Infinity", "-Infinity", "1e999999", "-0", "0x10", "01", "1.", "[",
        "{", "]", "}", "\"", ",", ":", "null", "true", "//", "/*", "\u0000", "'a'", "\"\\ud800\""};

    private final Random random;

    JsonMutator(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    byte[] mutate(String seed) {
        try {
            JsonNode tree = JSON.readTree(seed);
            for (int i = random.nextInt(3); i >= 0; i--) {
                tree = mutateTree(tree, 0);
            }
            byte[] text = JSON.writeValueAsBytes(tree);
            return random.nextInt(3) == 0 ? mutateText(text) : text;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode mutateTree(JsonNode node, int depth) {
        if (node instanceof ObjectNode object && object.size() > 0 && random.nextInt(4) != 0) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(5)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(random.nextBoolean() ? "extra" : name.toUpperCase(), anyValue(depth));
                default -> object.set(name, mutateTree(object.get(name), depth + 1));
            }
            return object;
        }
        return anyValue(depth);
    }

    /** A value of any JSON type, some of them chosen to break arithmetic and string handling. */
    JsonNode anyValue(int depth) {
        switch (random.nextInt(12)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.booleanNode(random.nextBoolean());
            case 2:
                return NODES.numberNode(new int[] {0, -1, 1, 2, 3, 9, 10, 11, Integer.MAX_VALUE, Integer.MIN_VALUE,
                    100_000, 100_001}[random.nextInt(12)]);
            case 3:
                return NODES.numberNode(random.nextLong());
            case 4:
                return NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(60))));
            case 5:
                return NODES.numberNode(new BigDecimal(random.nextGaussian() + "E" + (random.nextInt(800) - 400)));
            case 6:
                return NODES.numberNode(new double[] {0.5, -0.0, 1e-45, 0.1, 0.50001, Double.MIN_VALUE}[random.nextInt(6)]);
            case 7: {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(3); i > 0 && depth < 5; i--) {
                    array.add(anyValue(depth + 1));
                }
                return array;
            }
            case 8: {
                JsonNode nested = NODES.objectNode();
                for (int i = random.nextInt(200); i > 0; i--) {
                    nested = NODES.arrayNode().add(nested);
                }
                return nested;
            }
            default:
                return NODES.textNode(ODD_TEXT[random.nextInt(ODD_TEXT.length)]);
        }
    }

    private byte[] mutateText(byte[] text) {
        String s = new String(text, StandardCharsets.UTF_8);
        int at = random.nextInt(s.length() + 1);
        switch (random.nextInt(5)) {
            case 0:
                return s.substring(0, at).getBytes(StandardCharsets.UTF_8);
            case 1:
                return (s.substring(0, at) + RAW[random.nextInt(RAW.length)] + s.substring(at))
                        .getBytes(StandardCharsets.UTF_8);
            case 2: {
                byte[] b = text.clone();
                if (b.length > 0) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            }
            case 3: {
                // Invalid UTF-8 and a lone continuation byte.
                byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0x80, (byte) 0xFF};
                byte[] b = new byte[text.length + bad.length];
                int cut = Math.min(at, text.length);
                System.arraycopy(text, 0, b, 0, cut);
                System.arraycopy(bad, 0, b, cut, bad.length);
                System.arraycopy(text, cut, b, cut + bad.length, text.length - cut);
                return b;
            }
            default: {
                byte[] b = new byte[random.nextInt(100)];
                random.nextBytes(b);
                return b;
            }
        }
    }
}
