package dev.explainer.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A person being assembled from mentions during one extraction; never shared between calls. */
final class PersonDraft {
    String name;
    String role;
    Gender gender;
    int mentions;
    int lastSeen = -1;
    final Set<String> shortForms = new LinkedHashSet<>();
    final Set<String> aliases = new LinkedHashSet<>();

    PersonDraft(String name, Gender gender) {
        this.name = name;
        this.gender = gender;
        addShortForms(name);
    }

    String first() {
        return name.split(" ")[0];
    }

    String last() {
        String[] parts = name.split(" ");
        return parts[parts.length - 1];
    }

    /** "Nuri al-Maliki" answers to "al-Maliki" and "Maliki"; "Osama bin Laden" to "bin Laden" and "Laden". */
    private void addShortForms(String fullName) {
        List<String> parts = List.of(fullName.split(" "));
        String last = parts.get(parts.size() - 1);
        shortForms.add(last);
        shortForms.add(Words.withoutParticle(last));
        for (int k = 1; k < parts.size() - 1; k++) {
            if (Words.PARTICLES.contains(parts.get(k))) {
                shortForms.add(String.join(" ", parts.subList(k, parts.size())));
                break;
            }
        }
        if (parts.size() == 1) {
            shortForms.add(fullName);
        }
    }

    void absorb(String longerName) {
        if (longerName.length() > name.length()) {
            aliases.add(name);
            name = longerName;
            addShortForms(longerName);
        }
    }

    boolean answersTo(String word) {
        return shortForms.contains(word);
    }
}
