package dev.explainer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extracts people, organisations, places, quotes, glossary entries and dates from plain article
 * text with rules and gazetteers. Thread-safe: all state is built in the constructor and never
 * changed; each call works on its own locals.
 */
public final class Extractor {
    /** A person named within this many characters of a sentence start is taken as its subject. */
    private static final int SUBJECT_REACH = 40;

    private final Gazetteer gazetteer;
    private final NameFinder names;
    private final Abbreviations abbreviations;
    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer;
    private final AcronymFinder acronyms = new AcronymFinder();
    private final GlossFinder glosses = new GlossFinder();
    private final DateFinder dates = new DateFinder();
    private final QuoteFinder quotes = new QuoteFinder();
    private final EntityResolver resolver = new EntityResolver();
    private final AnonymousSpeakers unnamed = new AnonymousSpeakers();

    /** Loads the gazetteers from the classpath. */
    public Extractor() {
        this.gazetteer = new Gazetteer();
        this.names = new NameFinder(gazetteer);
        this.abbreviations = Abbreviations.of(gazetteer);
        this.splitter = new SentenceSplitter(abbreviations);
        this.tokenizer = new Tokenizer(abbreviations);
    }

    public Extraction extract(ArticleText article) {
        List<String> paragraphs = article.paragraphs().stream().map(p -> QuoteFinder.curl(p == null ? "" : p)).toList();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        if (!isShouted(article.title())) {
            for (Sentence s : splitter.split(-1, article.title())) {
                mentions.addAll(marked(names.find(article.title(), s, tokenizer.tokens(article.title(), s.start(), s.end())), s, -1));
            }
        }
        List<Acronym> defined = new ArrayList<>();
        List<Long> unnamedSubjects = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            for (Sentence s : splitter.split(p, text)) {
                sentences.add(s);
                List<Mention> found = names.find(text, s, tokenizer.tokens(text, s.start(), s.end()));
                int anonymous = unnamed.subjectIn(s, found, text);
                if (anonymous >= 0) {
                    unnamedSubjects.add(SpeakerIndex.position(p, anonymous));
                }
                mentions.addAll(marked(found, s, anonymous));
            }
            defined.addAll(acronyms.find(p, text));
        }
        EntityResolver.Resolution resolution = resolver.resolve(mentions, defined);
        List<QuoteSpan> spans = quotes.find(paragraphs);
        List<Quote> found = new QuoteAttributor(paragraphs, resolution.mentions(), spans,
                unnamedSubjects.stream().mapToLong(Long::longValue).toArray(), gazetteer::isTitleWord, abbreviations).attribute(sentences);
        List<DateRef> refs = new ArrayList<>();
        boolean lowercase = paragraphs.stream().noneMatch(p -> p.chars().anyMatch(Character::isUpperCase));
        for (Sentence s : sentences) {
            refs.addAll(dates.find(s, article.date(), lowercase));
        }
        return new Extraction(resolution.entities(), found, glossary(paragraphs, defined, resolution), refs);
    }

    /** Marks the sentence's subject; none when an unnamed person ("an aide to Lyng") opens the sentence. */
    private static List<Mention> marked(List<Mention> found, Sentence s, int unnamedSubject) {
        List<Mention> marked = new ArrayList<>(found.size());
        boolean first = unnamedSubject < 0;
        for (Mention m : found) {
            // a lone capitalised word that opens the sentence ("Harbour master Tomas Reyna met") is capitalised by position
            boolean opener = m.isBareWord() && m.start() == s.start();
            boolean candidate = m.kind() == EntityKind.PERSON || m.kind() == EntityKind.ORGANISATION || (m.isBareWord() && !opener);
            boolean subject = m.subject() || (candidate && first && m.start() - s.start() <= SUBJECT_REACH);
            // "the aide to Lyng said": a name just after an unnamed subject qualifies it and does not speak
            if (unnamedSubject >= 0 && m.start() > unnamedSubject && m.start() - unnamedSubject <= SUBJECT_REACH + 20
                    && !m.subject()) {
                subject = false; // but "the Finance Minister, John Smith, said": the name speaks
            }
            if (subject != m.subject()) {
                m = m.withSubject(subject);
            }
            first &= !candidate;
            marked.add(m);
        }
        return marked;
    }

    private List<GlossaryEntry> glossary(List<String> paragraphs, List<Acronym> defined,
                                         EntityResolver.Resolution resolution) {
        Map<String, GlossaryEntry> entries = new LinkedHashMap<>();
        for (Acronym a : defined) {
            entries.putIfAbsent(a.shortForm(), new GlossaryEntry(a.shortForm(), a.longForm(), true, a.confidence()));
        }
        // a gloss defines a term: never a person, a place or a firm the article names ("Calgary — an in-city ...")
        Set<String> named = new LinkedHashSet<>();
        for (Entity e : resolution.entities()) {
            named.add(e.name());
            named.addAll(e.aliases());
        }
        Set<String> excluded = new LinkedHashSet<>(entries.keySet());
        for (String text : paragraphs) {
            for (GlossaryEntry g : glosses.find(text, named, excluded)) {
                if (!gazetteer.isStopword(g.term()) && isTerm(g.term())) {
                    entries.putIfAbsent(g.term(), g);
                }
            }
        }
        return List.copyOf(entries.values());
    }

    /** Not a name: no word of it a form of address, a title, a place or a given name ("Mr Asante-Boateng", "Calgary"). */
    private boolean isTerm(String term) {
        for (String word : term.split(" ")) {
            Gazetteer.Known known = gazetteer.lookup(word);
            if (gazetteer.isTitleWord(word) || gazetteer.isFirstName(word)
                    || (known != null && known.kind() != EntityKind.ORGANISATION)) {
                return false;
            }
        }
        Gazetteer.Known whole = gazetteer.lookup(term);
        return whole == null || whole.kind() == EntityKind.ORGANISATION;
    }

    /** Wire headlines in capitals name nothing reliably. */
    private static boolean isShouted(String title) {
        return title.chars().noneMatch(Character::isLowerCase);
    }
}
