package dev.explainer.serve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers the preview answers: against DNS rebinding, where a page of another
 * site points its own name at this machine and then reads the preview (and posts to its review page)
 * as if same-origin. A browser sends the name it looked up, so a name is answered only when it is
 * this machine's own: localhost, a numeric address, or the address serve was told to listen on.
 */
final class Hosts {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}$");

    private Hosts() {
    }

    /** @param bound the address serve listens on, as given ("127.0.0.1", "0.0.0.0", "preview.lan") */
    static boolean allowed(String header, String bound) {
        if (header == null) {
            // HTTP/1.0 has no Host; browsers always send one
            return true;
        }
        String host = header.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            return host.matches("\\[[0-9a-f:.]+](?::\\d{1,5})?");
        }
        host = PORT.matcher(host).replaceFirst("");
        return host.equals("localhost") || host.endsWith(".localhost") || IPV4.matcher(host).matches()
                || host.equals(bound.toLowerCase(Locale.ROOT));
    }
}
