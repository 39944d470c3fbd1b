package dev.explainer.extract;

/**
 * A stretch of text that may name an entity, before mentions are merged into entities.
 *
 * @param paragraph paragraph index, or -1 for the title
 * @param kind      the kind when known; null for a lone capitalised word that only names a
 *                  person if it matches the surname of someone named in full
 * @param canonical the gazetteer's canonical name, or the surface text
 * @param role      office from a preceding title, or null
 * @param subject   followed by a speech verb ("Rouhani said"), which makes it a likely speaker
 * @param support   how sure the words around it make its kind, from 0 to 1
 */
record Mention(int paragraph, int start, int end, String text, EntityKind kind, String canonical,
               String role, Gender gender, boolean subject, double support) {

    boolean isBareWord() {
        return kind == null;
    }

    boolean isFullName() {
        return kind == EntityKind.PERSON && text.indexOf(' ') > 0;
    }

    Mention withSubject(boolean isSubject) {
        return new Mention(paragraph, start, end, text, kind, canonical, role, gender, isSubject, support);
    }

    Mention asPerson() {
        return new Mention(paragraph, start, end, text, EntityKind.PERSON, text, role, gender, subject, support);
    }

    Mention asOrganisation(String name) {
        return new Mention(paragraph, start, end, text, EntityKind.ORGANISATION, name, null, Gender.UNKNOWN, subject, support);
    }
}
