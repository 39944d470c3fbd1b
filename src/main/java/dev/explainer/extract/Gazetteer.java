package dev.explainer.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Word lists for recognising names: GATE ANNIE's gazetteer (LGPL-3.0, from the
 * {@code uk.ac.gate.plugins:annie} jar) plus a small curated supplement for news terms ANNIE lacks.
 * Immutable after construction; lookups are exact and case-sensitive, on phrases whose tokens
 * are joined by single spaces.
 */
final class Gazetteer {
    private static final String ANNIE = "resources/gazetteer/";
    private static final String OWN = "/dev/explainer/extract/";

    private final Map<String, Known> phrases = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Set<String> countries = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Map<String, Gender> honorifics = new HashMap<>();
    private final Map<String, Gender> firstNames = new HashMap<>();
    private final Set<String> adjectives = new HashSet<>();
    private final Set<String> orgKeys = new HashSet<>();
    private final Set<String> stopwords = new HashSet<>();
    private final Set<String> organisationNouns = new HashSet<>();
    private final Set<String> organisationParts = new HashSet<>();
    private final Set<String> legalSuffixes = new HashSet<>();
    private final Set<String> postNominals = new HashSet<>();
    private final Set<String> placeKeys = new HashSet<>();
    /** The leading words of every phrase and title, so a search for a longer one can stop early. */
    private final Set<String> phrasePrefixes = new HashSet<>();
    private final Set<String> titlePrefixes = new HashSet<>();
    private final int longestPhrase;

    /** What a gazetteer phrase names; {@code canonical} groups variants such as "U.S." and "US". */
    record Known(EntityKind kind, String canonical) {
    }

    Gazetteer() {
        readOwn("country-names.txt", line -> {
            String[] parts = line.split("=", 2);
            countryNames.put(parts[0].trim(), parts[1].trim());
        });
        readAnnie("country.lst", this::addCountry);
        for (String list : List.of("city.lst", "province.lst", "region.lst", "water.lst", "mountain.lst")) {
            readAnnie(list, line -> addPhrase(line, EntityKind.PLACE));
        }
        readOwn("places.txt", line -> addPhrase(line, EntityKind.PLACE));
        for (String list : List.of("organization.lst", "government.lst", "ministry.lst", "department.lst",
                "political_party.lst", "newspapers.lst", "company.lst")) {
            readAnnie(list, line -> addPhrase(line, EntityKind.ORGANISATION));
        }
        readOwn("organisations.txt", line -> addPhrase(line, EntityKind.ORGANISATION));
        readAnnie("newspapers.lst", this::addUnprefixedNewspaper);
        readOwn("not-names.txt", stopwords::add);
        readAnnie("person_male.lst", line -> addFirstName(line, Gender.MALE));
        readAnnie("person_female.lst", line -> addFirstName(line, Gender.FEMALE));
        readAnnie("person_male_ambig.lst", line -> addFirstName(line, Gender.MALE));
        readAnnie("person_female_ambig.lst", line -> addFirstName(line, Gender.FEMALE));
        // Given names of either sex ("Grace" is here, not on the female list): a name, gender unknown.
        readAnnie("person_first.lst", line -> firstNames.putIfAbsent(line, Gender.UNKNOWN));
        for (String list : List.of("jobtitles.lst", "title.lst", "title_mil.lst", "title_male.lst", "title_female.lst",
                "title_lowercase.lst")) {
            readAnnie(list, titles::add);
        }
        readOwn("titles.txt", titles::add);
        readOwn("job-words.txt", titles::add);
        readOwn("honorifics.txt", line -> {
            String[] parts = line.split("=", 2);
            honorifics.put(parts[0].trim(), Gender.valueOf(parts[1].trim()));
        });
        readAnnie("country_adj.lst", adjectives::add);
        readAnnie("religious_adj.lst", adjectives::add);
        readOwn("adjectives.txt", adjectives::add);
        readAnnie("org_key.lst", orgKeys::add);
        readAnnie("org_base.lst", orgKeys::add);
        readOwn("org-keys.txt", orgKeys::add);
        readOwn("org-nouns.txt", organisationNouns::add);
        readOwn("org-parts.txt", organisationParts::add);
        readOwn("legal-suffixes.txt", legalSuffixes::add);
        readOwn("post-nominals.txt", postNominals::add);
        readOwn("place-keys.txt", placeKeys::add);
        orgKeys.addAll(legalSuffixes);
        stopwords.forEach(phrases::remove);
        longestPhrase = phrases.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
        phrases.keySet().forEach(p -> addPrefixes(p, phrasePrefixes));
        titles.forEach(t -> addPrefixes(t, titlePrefixes));
        honorifics.keySet().forEach(h -> addPrefixes(h, titlePrefixes));
    }

    /** "Prime", "Prime Minister": each run of whole words a phrase starts with, the phrase included. */
    private static void addPrefixes(String phrase, Set<String> prefixes) {
        for (int space = phrase.indexOf(' '); space >= 0; space = phrase.indexOf(' ', space + 1)) {
            prefixes.add(phrase.substring(0, space));
        }
        prefixes.add(phrase);
    }

    Known lookup(String phrase) {
        return phrases.get(phrase);
    }

    int longestPhrase() {
        return longestPhrase;
    }

    /** False when no gazetteer phrase is, or starts with, these words. */
    boolean startsPhrase(String words) {
        return phrasePrefixes.contains(words);
    }

    boolean isTitle(String phrase) {
        return titles.contains(phrase) || honorifics.containsKey(phrase);
    }

    /** "Coun", "Mrs": the one-word titles and forms of address written with a dot, dot left off. */
    Set<String> dottedTitles() {
        Set<String> dotted = new HashSet<>();
        for (String t : titles) {
            if (t.length() > 1 && t.endsWith(".") && t.indexOf(' ') < 0) {
                dotted.add(t.substring(0, t.length() - 1));
            }
        }
        honorifics.keySet().stream().filter(h -> h.endsWith(".")).forEach(h -> dotted.add(h.substring(0, h.length() - 1)));
        return dotted;
    }

    /** A title as a word of a phrase: "Analyst" in "Analyst Tony Hine" is the title "analyst". */
    boolean isTitleWord(String word) {
        if (isTitle(word) || word.isEmpty()) {
            return !word.isEmpty();
        }
        // "Analyst" is the title "analyst", and "councillor" the title "Councillor"
        char first = word.charAt(0);
        char other = Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
        return titles.contains(other + word.substring(1));
    }

    /** False when no title is, or starts with, these words. */
    boolean startsTitle(String words) {
        return titlePrefixes.contains(words);
    }

    /** Mr, Mrs, Dr and the like: they mark a person but are not a role worth showing. */
    boolean isHonorific(String title) {
        return honorifics.containsKey(title);
    }

    Gender honorificGender(String title) {
        return honorifics.getOrDefault(title, Gender.UNKNOWN);
    }

    Gender firstNameGender(String name) {
        return stopwords.contains(name) ? Gender.UNKNOWN : given(name, Gender.UNKNOWN);
    }

    /** ANNIE lists "Maria" and "Elie": an accented "María" or "Élie" is looked up without its accents too. */
    private Gender given(String name, Gender otherwise) {
        Gender g = firstNames.get(name);
        if (g != null || name.chars().allMatch(c -> c < 0x80)) {
            return g != null ? g : otherwise;
        }
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return firstNames.getOrDefault(plain, otherwise);
    }

    boolean isFirstName(String name) {
        // ANNIE's given-name list holds a few titles ("Ayatollah"); a title is never a given name here.
        return given(name, null) != null && !stopwords.contains(name) && !titles.contains(name);
    }

    /** On a list of given names, even when it is mostly a common word ("Will", "Grace"). */
    boolean isGivenName(String name) {
        return given(name, null) != null && !titles.contains(name);
    }

    boolean isOrganisationNoun(String word) {
        return organisationNouns.contains(word);
    }

    boolean isOrganisationPart(String word) {
        return organisationParts.contains(word);
    }

    /** "KC", "MP", "OBE": letters after a person's name. */
    boolean isPostNominal(String word) {
        return postNominals.contains(word);
    }

    /** "Island", "Street": the last word of a place's or a building's name. */
    boolean isPlaceKey(String word) {
        return placeKeys.contains(word);
    }

    boolean isCountry(String word) {
        return countries.contains(word) && !isFirstName(word);
    }

    boolean isLegalSuffix(String word) {
        return legalSuffixes.contains(word);
    }

    boolean isAdjective(String word) {
        return adjectives.contains(word);
    }

    boolean isOrgKey(String word) {
        return orgKeys.contains(word);
    }

    boolean isStopword(String word) {
        return stopwords.contains(word);
    }

    private void addCountry(String line) {
        String[] fields = line.split(":");
        String iso3 = "";
        for (String field : fields) {
            if (field.startsWith("ISO3=")) {
                iso3 = field.substring(5);
            }
        }
        String canonical = countryNames.getOrDefault(iso3, fields[0]);
        countries.add(fields[0]);
        phrases.put(fields[0], new Known(EntityKind.PLACE, canonical));
    }

    private void addPhrase(String line, EntityKind kind) {
        String phrase = line.split(":", 2)[0].trim();
        if (phrase.length() > 1 && Character.isUpperCase(phrase.codePointAt(0))) {
            phrases.putIfAbsent(phrase, new Known(kind, phrase));
        }
    }

    /** News text writes "the Guardian"; ANNIE lists "The Guardian". */
    private void addUnprefixedNewspaper(String line) {
        if (line.startsWith("The ") || line.startsWith("the ")) {
            phrases.putIfAbsent(line.substring(4), new Known(EntityKind.ORGANISATION, "The " + line.substring(4)));
        }
    }

    private void addFirstName(String name, Gender gender) {
        // A name on both lists (Jean, Kim) says nothing about gender.
        firstNames.merge(name, gender, (a, b) -> a == b ? a : Gender.UNKNOWN);
    }

    private void readAnnie(String list, Consumer<String> sink) {
        read(ANNIE + list, getClass().getClassLoader().getResourceAsStream(ANNIE + list), sink);
    }

    private void readOwn(String file, Consumer<String> sink) {
        read(OWN + file, Gazetteer.class.getResourceAsStream(OWN + file), sink);
    }

    private static void read(String name, InputStream in, Consumer<String> sink) {
        if (in == null) {
            throw new IllegalStateException("gazetteer list " + name + " is not on the classpath"
                    + " (is uk.ac.gate.plugins:annie a dependency?)");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    sink.accept(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer list " + name, e);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
