package dev.explainer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the drafts of one resolution into entities with unique ids and ties each mention to its id. */
final class EntityAssembler {

    /** A mention and the draft it was merged into: exactly one of {@code person} and {@code other}. */
    record Claim(Mention mention, PersonDraft person, OtherDraft other) {
    }

    EntityResolver.Resolution assemble(Iterable<PersonDraft> people, Iterable<OtherDraft> others, List<Claim> claims) {
        Map<Object, String> ids = new IdentityHashMap<>();
        Set<String> taken = new LinkedHashSet<>();
        List<Entity> entities = new ArrayList<>();
        for (PersonDraft p : people) {
            String id = unique(Slugs.entityId(p.name()), taken);
            ids.put(p, id);
            entities.add(p.toEntity(id));
        }
        for (OtherDraft d : others) {
            if (d.isMentioned()) {
                String id = unique(Slugs.entityId(d.name()), taken);
                ids.put(d, id);
                entities.add(d.toEntity(id));
            }
        }
        entities.sort(Comparator.comparing(Entity::kind).thenComparing(Entity::id));
        List<ResolvedMention> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.person() != null) {
                out.add(new ResolvedMention(c.mention(), ids.get(c.person()), EntityKind.PERSON, c.person().gender()));
            } else {
                out.add(new ResolvedMention(c.mention(), ids.get(c.other()), c.other().kind(), Gender.UNKNOWN));
            }
        }
        return new EntityResolver.Resolution(entities, out);
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
