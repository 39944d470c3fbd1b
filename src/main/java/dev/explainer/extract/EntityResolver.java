package dev.explainer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges mentions into entities: full names found anywhere make people, and a lone surname
 * ("Rouhani", "Maliki") joins the one person who answers to it. When two people share it
 * ("Ali Hassan", "Sara Hassan") the surname alone names neither.
 */
final class EntityResolver {
    private final EntityAssembler assembler = new EntityAssembler();

    record Resolution(List<Entity> entities, List<ResolvedMention> mentions) {
        Resolution {
            entities = List.copyOf(entities);
            mentions = List.copyOf(mentions);
        }
    }

    Resolution resolve(List<Mention> mentions, List<Acronym> acronyms) {
        TreeMap<Long, Acronym> longForms = new TreeMap<>();
        acronyms.forEach(a -> longForms.put(SpeakerIndex.position(a.paragraph(), a.longStart()), a));
        Map<String, Acronym> byShortForm = new LinkedHashMap<>();
        acronyms.forEach(a -> byShortForm.putIfAbsent(a.shortForm(), a));
        mentions = firmsNotPeople(mentions);
        List<PersonDraft> people = new ArrayList<>();
        Map<PersonDraft, Integer> firstNamed = new java.util.HashMap<>();
        for (int index = 0; index < mentions.size(); index++) {
            Mention m = mentions.get(index);
            if (m.isFullName() && !startsWithParticle(m.text()) && !insideLongForm(m, longForms)) {
                firstNamed.putIfAbsent(person(people, m), index);
            }
        }
        Map<String, OtherDraft> others = new LinkedHashMap<>();
        Set<PersonDraft> used = new LinkedHashSet<>();
        List<EntityAssembler.Claim> claims = new ArrayList<>();
        for (int index = 0; index < mentions.size(); index++) {
            Mention m = mentions.get(index);
            if (insideLongForm(m, longForms)) {
                continue;
            }
            PersonDraft p = null;
            if (startsWithParticle(m.text()) || (m.kind() != EntityKind.PERSON && m.text().indexOf(' ') < 0)) {
                // "Van der Linden said", "bin Salman", or a surname that is also a place ("Kerry")
                p = bySurname(people, m, firstNamed, index);
                if (p == null && m.subject() && m.text().indexOf(' ') < 0 && !isSharedSurname(people, m.text())) {
                    // "“Q,” Lorraine said" after Lorraine Price: a given name that speaks, if only one person has it
                    p = byFirstName(people, m.text());
                }
            }
            if (p != null) {
                m = m.asPerson();
            } else if (m.isFullName()) {
                p = person(people, m);
            } else if (m.kind() == EntityKind.PERSON || m.isBareWord()) {
                p = bySurname(people, m, firstNamed, index);
                if (p == null && m.kind() == EntityKind.PERSON) {
                    p = isSharedSurname(people, m.text()) ? byGender(people, m) : byFirstName(people, m.text());
                    if (p == null && !isSharedSurname(people, m.text())) {
                        p = new PersonDraft(m.text(), m.gender());
                    }
                    if (p == null) {
                        continue; // "Mr Hassan" beside Ali and Sara Hassan: nobody for sure
                    }
                    if (!people.contains(p)) {
                        people.add(p);
                    }
                }
            }
            if (p != null) {
                p.seen(index, m);
                used.add(p);
                claims.add(new EntityAssembler.Claim(m, p, null));
                continue;
            }
            OtherDraft d = other(others, m, byShortForm);
            if (d != null) {
                d.seen(m.text(), m.isBareWord() ? NameFinder.KNOWN : m.support());
                claims.add(new EntityAssembler.Claim(m, null, d));
            }
        }
        Map<OtherDraft, OtherDraft> merged = acronymsOfLongForms(others.values());
        if (!merged.isEmpty()) {
            claims.replaceAll(c -> c.other() != null && merged.containsKey(c.other())
                    ? new EntityAssembler.Claim(c.mention(), null, merged.get(c.other())) : c);
            others.values().removeAll(merged.keySet());
        }
        return assembler.assemble(used, others.values(), claims);
    }

    /**
     * "James Capel" beside "stockbrokers James Capel and Co", "Imperial Oil said" beside "Imperial Oil
     * Ltd": a name the article also gives an organisation is that organisation, unless a title or a
     * job makes it a person where it stands.
     */
    private static List<Mention> firmsNotPeople(List<Mention> mentions) {
        List<String[]> firms = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.ORGANISATION) {
                firms.add(new String[] {" " + m.text() + " ", m.canonical()});
            }
        }
        if (firms.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String firm = null;
            if (m.kind() == EntityKind.PERSON && m.support() < NameFinder.ROLE && m.text().indexOf(' ') > 0) {
                for (String[] f : firms) {
                    if (f[0].startsWith(" " + m.text() + " ")) {
                        firm = f[1];
                        break;
                    }
                }
            }
            out.add(firm == null ? m : m.asOrganisation(firm));
        }
        return out;
    }

    private static PersonDraft person(List<PersonDraft> people, Mention m) {
        String[] parts = m.text().split(" ");
        String first = parts[0];
        String last = PersonDraft.surname(m.text());
        for (PersonDraft p : people) {
            if (p.name().equals(m.text()) || (p.first().equals(first) && p.last().equals(last))) {
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

    /**
     * The one person answering to a lone word, or null when nobody or several people do. "Whitfield"
     * after Marcus Whitfield and before Carla Whitfield is named means Marcus, as it does to a reader.
     */
    private static PersonDraft bySurname(List<PersonDraft> people, Mention m, Map<PersonDraft, Integer> firstNamed, int index) {
        String word = m.text();
        String lowered = lowerInitial(word);
        PersonDraft found = null;
        int before = 0;
        PersonDraft namedBefore = null;
        int answering = 0;
        for (PersonDraft p : people) {
            if (answers(p, word, lowered)) {
                answering++;
                found = p;
                if (firstNamed.getOrDefault(p, Integer.MAX_VALUE) < index) {
                    before++;
                    namedBefore = p;
                }
            }
        }
        return answering == 1 ? found : before == 1 ? namedBefore : null;
    }

    /** "Dame Helen", "Sir Colin": a form of address with the given name of the one person who has it. */
    private static PersonDraft byFirstName(List<PersonDraft> people, String word) {
        List<PersonDraft> same = people.stream().filter(p -> p.name().indexOf(' ') > 0 && p.first().equals(word)).toList();
        return same.size() == 1 ? same.get(0) : null;
    }

    /** "Mrs Asante-Boateng" beside Kwame and Abena Asante-Boateng: the one of the honorific's gender, if only one is. */
    private static PersonDraft byGender(List<PersonDraft> people, Mention m) {
        if (m.gender() == Gender.UNKNOWN) {
            return null;
        }
        String lowered = lowerInitial(m.text());
        List<PersonDraft> same = people.stream().filter(p -> answers(p, m.text(), lowered) && p.gender() == m.gender()).toList();
        return same.size() == 1 ? same.get(0) : null;
    }

    private static boolean isSharedSurname(List<PersonDraft> people, String word) {
        String lowered = lowerInitial(word);
        return people.stream().filter(p -> answers(p, word, lowered)).count() > 1;
    }

    /** "Van der Linden" answers to "van der Linden" too. */
    private static boolean answers(PersonDraft p, String word, String lowered) {
        return p.answersTo(word) || p.answersTo(lowered);
    }

    private static String lowerInitial(String word) {
        return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }

    private static OtherDraft other(Map<String, OtherDraft> others, Mention m, Map<String, Acronym> acronyms) {
        Acronym acronym = acronyms.get(m.text());
        if (m.isBareWord()) {
            if (acronym == null || !isProperName(acronym.longForm())) {
                return null;
            }
            OtherDraft d = others.computeIfAbsent(key(EntityKind.ORGANISATION, m.canonical()),
                    k -> new OtherDraft(m.text(), EntityKind.ORGANISATION));
            d.alias(acronym.longForm());
            return d;
        }
        OtherDraft d = others.computeIfAbsent(key(m.kind(), m.canonical()), k -> new OtherDraft(m.canonical(), m.kind()));
        if (acronym != null) {
            d.alias(acronym.longForm());
        }
        return d;
    }

    /**
     * "FAA" beside "Federal Aviation Administration", "IBM" beside "International Business Machines
     * Corp": an organisation's acronym, spelled by the initials of another organisation's name, is
     * that organisation. The one named first keeps its name; the other becomes an alias.
     */
    private static Map<OtherDraft, OtherDraft> acronymsOfLongForms(java.util.Collection<OtherDraft> drafts) {
        List<OtherDraft> orgs = drafts.stream().filter(d -> d.kind() == EntityKind.ORGANISATION).toList();
        Map<OtherDraft, OtherDraft> into = new java.util.IdentityHashMap<>();
        for (OtherDraft acronym : orgs) {
            if (!Words.isAcronym(acronym.name())) {
                continue;
            }
            String letters = acronym.name().replace(".", "").replace("&", "");
            OtherDraft longForm = orgs.stream().filter(d -> d != acronym && !into.containsKey(d)
                    && initials(d.name()).equals(letters)).findFirst().orElse(null);
            if (longForm != null) {
                OtherDraft first = orgs.indexOf(acronym) < orgs.indexOf(longForm) ? acronym : longForm;
                OtherDraft second = first == acronym ? longForm : acronym;
                first.absorb(second);
                into.put(second, first);
            }
        }
        return into;
    }

    /** "IBM" for "International Business Machines Corp": capitals of the words, without connectors and legal suffixes. */
    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !LEGAL_WORDS.contains(word)) {
                // "the EU" gives its letters whole: "China Chamber of Commerce to the EU" is the CCCEU
                sb.append(Words.isAcronym(word) ? word.replace(".", "") : word.substring(0, 1));
            }
        }
        return sb.toString();
    }

    private static final Set<String> LEGAL_WORDS = Set.of("Co", "Co.", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.",
            "PLC", "Plc", "AG", "SA", "NV", "LLC", "LP", "The");

    private static boolean isProperName(String longForm) {
        for (String word : longForm.split(" ")) {
            if (word.length() > 3 && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideLongForm(Mention m, TreeMap<Long, Acronym> longForms) {
        Map.Entry<Long, Acronym> a = longForms.floorEntry(SpeakerIndex.position(m.paragraph(), m.start()));
        return a != null && a.getValue().paragraph() == m.paragraph() && m.end() <= a.getValue().longEnd();
    }

    private static String key(EntityKind kind, String name) {
        return kind + ":" + Slugs.entityId(name).toLowerCase(Locale.ROOT);
    }
}
