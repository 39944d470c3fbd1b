package dev.explainer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges mentions into entities: full names found anywhere make people, and a lone surname
 * ("Rouhani", "Maliki") joins the person who answers to it and was mentioned most recently.
 */
final class EntityResolver {

    record Resolution(List<Entity> entities, List<ResolvedMention> mentions) {
        Resolution {
            entities = List.copyOf(entities);
            mentions = List.copyOf(mentions);
        }
    }

    /** A place or organisation being assembled during one call. */
    private static final class Draft {
        final String name;
        final EntityKind kind;
        final Set<String> aliases = new LinkedHashSet<>();
        int mentions;

        Draft(String name, EntityKind kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    Resolution resolve(List<Mention> mentions, List<Acronym> acronyms) {
        java.util.TreeMap<Long, Acronym> longForms = new java.util.TreeMap<>();
        acronyms.forEach(a -> longForms.put(QuoteAttributor.position(a.paragraph(), a.longStart()), a));
        Map<String, Acronym> byShortForm = new LinkedHashMap<>();
        acronyms.forEach(a -> byShortForm.putIfAbsent(a.shortForm(), a));
        List<PersonDraft> people = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.isFullName() && !startsWithParticle(m.text()) && !insideLongForm(m, longForms)) {
                person(people, m);
            }
        }
        Map<String, Draft> others = new LinkedHashMap<>();
        Map<PersonDraft, Boolean> used = new LinkedHashMap<>();
        List<Object[]> resolved = new ArrayList<>();
        for (int index = 0; index < mentions.size(); index++) {
            Mention m = mentions.get(index);
            if (insideLongForm(m, longForms)) {
                continue;
            }
            PersonDraft p = null;
            if (startsWithParticle(m.text()) || (m.kind() != EntityKind.PERSON && m.text().indexOf(' ') < 0)) {
                // "Van der Linden said", "bin Salman", or a surname that is also a place ("Kerry")
                p = bySurname(people, m.text());
            }
            if (p != null) {
                m = new Mention(m.paragraph(), m.start(), m.end(), m.text(), EntityKind.PERSON, m.text(), m.role(),
                        m.gender(), m.subject());
            } else if (m.isFullName()) {
                p = person(people, m);
            } else if (m.kind() == EntityKind.PERSON || m.isBareWord()) {
                p = bySurname(people, m.text());
                if (p == null && m.kind() == EntityKind.PERSON) {
                    p = new PersonDraft(m.text(), m.gender());
                    people.add(p);
                }
            }
            if (p != null) {
                p.lastSeen = index;
                p.mentions++;
                if (p.role == null) {
                    p.role = m.role();
                }
                if (p.gender == Gender.UNKNOWN) {
                    p.gender = m.gender();
                }
                if (!m.text().equals(p.name)) {
                    p.aliases.add(m.text());
                }
                used.put(p, true);
                resolved.add(new Object[] {m, p});
                continue;
            }
            Draft d = other(others, m, byShortForm);
            if (d != null) {
                d.mentions++;
                if (!sameName(m.text(), d.name)) {
                    d.aliases.add(m.text());
                }
                resolved.add(new Object[] {m, d});
            }
        }
        return assemble(used.keySet(), others.values(), resolved);
    }

    private static Resolution assemble(Set<PersonDraft> people, Iterable<Draft> others, List<Object[]> resolved) {
        Map<Object, String> ids = new LinkedHashMap<>();
        Set<String> taken = new LinkedHashSet<>();
        List<Entity> entities = new ArrayList<>();
        for (PersonDraft p : people) {
            String id = unique(Slugs.entityId(p.name), taken);
            ids.put(p, id);
            p.aliases.remove(p.name);
            entities.add(new Entity(id, p.name, EntityKind.PERSON, p.role, List.copyOf(p.aliases), p.mentions));
        }
        for (Draft d : others) {
            if (d.mentions == 0) {
                continue;
            }
            String id = unique(Slugs.entityId(d.name), taken);
            ids.put(d, id);
            d.aliases.remove(d.name);
            entities.add(new Entity(id, d.name, d.kind, null, List.copyOf(d.aliases), d.mentions));
        }
        entities.sort(Comparator.comparing(Entity::kind).thenComparing(Entity::id));
        List<ResolvedMention> out = new ArrayList<>();
        for (Object[] pair : resolved) {
            Mention m = (Mention) pair[0];
            if (pair[1] instanceof PersonDraft p) {
                out.add(new ResolvedMention(m, ids.get(p), EntityKind.PERSON, p.gender));
            } else if (pair[1] instanceof Draft d) {
                out.add(new ResolvedMention(m, ids.get(d), d.kind, Gender.UNKNOWN));
            }
        }
        return new Resolution(entities, out);
    }

    private static PersonDraft person(List<PersonDraft> people, Mention m) {
        String[] parts = m.text().split(" ");
        String first = parts[0];
        String last = parts[parts.length - 1];
        for (PersonDraft p : people) {
            if (p.name.equals(m.text()) || (p.first().equals(first) && p.last().equals(last))) {
                p.absorb(m.text());
                return p;
            }
        }
        PersonDraft p = new PersonDraft(m.text(), m.gender());
        people.add(p);
        return p;
    }

    private static boolean startsWithParticle(String name) {
        int space = name.indexOf(' ');
        return space > 0 && Words.PARTICLES.contains(name.substring(0, space).toLowerCase(Locale.ROOT));
    }

    /** The person answering to a lone word: the one seen most recently, else the first named. */
    private static PersonDraft bySurname(List<PersonDraft> people, String word) {
        PersonDraft best = null;
        for (PersonDraft p : people) {
            String lowered = word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
            if ((p.answersTo(word) || p.answersTo(lowered)) && (best == null || p.lastSeen > best.lastSeen)) {
                best = p;
            }
        }
        return best;
    }

    private static Draft other(Map<String, Draft> others, Mention m, Map<String, Acronym> acronyms) {
        EntityKind kind = m.kind();
        String name = m.canonical();
        if (m.isBareWord()) {
            Acronym acronym = acronyms.get(m.text());
            if (acronym == null || !isProperName(acronym.longForm())) {
                return null;
            }
            kind = EntityKind.ORGANISATION;
            Draft d = others.computeIfAbsent(key(kind, name), k -> new Draft(m.text(), EntityKind.ORGANISATION));
            d.aliases.add(acronym.longForm());
            return d;
        }
        EntityKind finalKind = kind;
        Draft d = others.computeIfAbsent(key(kind, name), k -> new Draft(name, finalKind));
        Acronym acronym = acronyms.get(m.text());
        if (acronym != null) {
            d.aliases.add(acronym.longForm());
        }
        return d;
    }

    private static boolean isProperName(String longForm) {
        for (String word : longForm.split(" ")) {
            if (word.length() > 3 && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideLongForm(Mention m, java.util.TreeMap<Long, Acronym> longForms) {
        Map.Entry<Long, Acronym> a = longForms.floorEntry(QuoteAttributor.position(m.paragraph(), m.start()));
        return a != null && a.getValue().paragraph() == m.paragraph() && m.end() <= a.getValue().longEnd();
    }

    private static boolean sameName(String surface, String name) {
        return Slugs.entityId(surface).equals(Slugs.entityId(name));
    }

    private static String key(EntityKind kind, String name) {
        return kind + ":" + Slugs.entityId(name).toLowerCase(Locale.ROOT);
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
