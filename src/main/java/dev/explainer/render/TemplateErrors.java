package dev.explainer.render;

import io.pebbletemplates.pebble.error.PebbleException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Pebble's messages, reworded for template authors: what is unknown, and what is there instead. */
final class TemplateErrors {
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "Attribute \\[(.+?)] of \\[(.+?)] does not exist or can not be accessed.*", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile(
            "Root attribute \\[(.+?)] does not exist or can not be accessed.*", Pattern.DOTALL);

    private static final Pattern JAVA = Pattern.compile(
            "For security reasons access to .*?\\.(\\w+)\\([^)]*\\) method is denied\\..*", Pattern.DOTALL);

    private static final Pattern MISSING = Pattern.compile("Could not find template \"(.+?)\".*", Pattern.DOTALL);

    private TemplateErrors() {
    }

    /** The name of the template Pebble could not find, if that is the error. */
    static Optional<String> missingTemplate(PebbleException e) {
        Matcher m = MISSING.matcher(String.valueOf(e.getPebbleMessage()));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String message(PebbleException e) {
        String m = (e.getPebbleMessage() != null ? e.getPebbleMessage() : String.valueOf(e.getMessage()))
                .replaceAll("\\s*\\(\\?:\\?\\)$", "").strip();
        Matcher a = ATTRIBUTE.matcher(m);
        if (a.matches()) {
            return "unknown variable '" + a.group(1) + "' on " + simple(a.group(2)) + known(a.group(2));
        }
        if (m.startsWith("Attempt to get attribute of null object")) {
            return "a value is null here, so it has no attributes; test it first with {% if x is not null %}";
        }
        Matcher j = JAVA.matcher(m);
        if (j.matches()) {
            return "templates may not call Java methods such as " + j.group(1) + "(); use the page's fields";
        }
        Matcher r = ROOT.matcher(m);
        if (r.matches()) {
            return "unknown variable '" + r.group(1) + "'; the page has: site, page, breadcrumbs, kind";
        }
        return m;
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** For our view records, the attributes that do exist. */
    private static String known(String className) {
        try {
            Class<?> c = Class.forName(className, false, TemplateErrors.class.getClassLoader());
            if (c.isRecord()) {
                return "; it has: " + Arrays.stream(c.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.joining(", "));
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // not one of ours: nothing to list
        }
        return "";
    }
}
