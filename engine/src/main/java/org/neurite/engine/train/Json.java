package org.neurite.engine.train;

/** The little JSON writing the engine needs, without a library. */
public final class Json {
    private Json() {
    }

    public static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c < 0x20) {
                String hex = Integer.toHexString(c);
                sb.append("\\u").append("0000".substring(hex.length())).append(hex);
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
