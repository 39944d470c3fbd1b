package dev.explainer.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person being assembled from mentions. It lives only inside one {@link EntityResolver#resolve}
 * call, which owns it alone; state changes only through {@link #absorb} and {@link #seen}, and
 * {@link #toEntity} turns it into the immutable value that leaves the call.
 */
final class PersonDraft {
    private String name;
    private String role;
    private Gender gender;
    private int mentions;
    private int lastSeen = -1;
    private double support;
    private final Set<String> shortForms = new LinkedHashSet<>();
    private final Set<String> aliases = new LinkedHashSet<>();

    PersonDraft(String name, Gender gender) {
        this.name = name;
        this.gender = gender;
        addShortForms(name);
    }

    String name() {
        return name;
    }

    Gender gender() {
        return gender;
    }

    int lastSeen() {
        return lastSeen;
    }

    String first() {
        return name.split(" ")[0];
    }

    /** The surname: the last word that is not a suffix ("Robert E. Haskins Jr." is a Haskins). */
    String last() {
        return surname(name);
    }

    static String surname(String name) {
        String[] parts = name.split(" ");
        int k = parts.length - 1;
        while (k > 0 && Words.isNameSuffix(parts[k])) {
            k--;
        }
        return parts[k];
    }

    /** Records mention number {@code index}: the first role and gender heard stick. */
    void seen(int index, Mention m) {
        lastSeen = index;
        mentions++;
        support = Math.max(support, m.support());
        if (role == null) {
            role = m.role();
        }
        if (gender == Gender.UNKNOWN) {
            gender = m.gender();
        }
        if (!m.text().equals(name)) {
            aliases.add(m.text());
        }
    }

    /** "Nuri al-Maliki" answers to "al-Maliki" and "Maliki"; "Osama bin Laden" to "bin Laden" and "Laden". */
    private void addShortForms(String fullName) {
        List<String> parts = List.of(fullName.split(" "));
        String last = surname(fullName);
        shortForms.add(last);
        shortForms.add(Words.withoutParticle(last));
        for (int k = 1; k < parts.size() - 1; k++) {
            if (Words.PARTICLES.contains(parts.get(k).toLowerCase(java.util.Locale.ROOT))) {
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

    Entity toEntity(String id) {
        Set<String> others = new LinkedHashSet<>(aliases);
        others.remove(name);
        return new Entity(id, name, EntityKind.PERSON, role, List.copyOf(others), mentions, support);
    }
}
