package dev.explainer.extract;

import java.util.Objects;

/**
 * A fact the extractor was not sure of, offered to the editor: held back (not published) or
 * doubtful (published, worth a look).
 *
 * @param id         stable across extractions of the same article: what a decision names
 * @param fact       what kind of fact it is
 * @param subject    what the fact is about: the quote's words, the entity's name, the term, the date's phrase
 * @param proposed   what the extractor would publish: a speaker's id, an entity's kind, a definition, a date
 * @param held       true when it is not published
 * @param confidence how sure the extractor is, from 0 to 1
 * @param basis      how it was found
 * @param sentence   the sentence it came from
 */
public record ReviewItem(String id, Fact fact, String subject, String proposed, boolean held, double confidence,
                         String basis, String sentence) {

    /** The kinds of fact an editor decides on; {@code key} is how they are written. */
    public enum Fact {
        SPEAKER("speaker"), PERSON("person"), ORGANISATION("organisation"), PLACE("place"), TERM("term"), DATE("date");

        private final String key;

        Fact(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Fact of(String key) {
            for (Fact f : values()) {
                if (f.key.equals(key)) {
                    return f;
                }
            }
            return null;
        }
    }

    public ReviewItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(sentence, "sentence");
    }
}
