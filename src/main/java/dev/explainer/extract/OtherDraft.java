package dev.explainer.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A place or organisation being assembled inside one {@link EntityResolver#resolve} call. */
final class OtherDraft {
    private final String name;
    private final EntityKind kind;
    /** The name's slug, compared with that of every surface form seen. */
    private final String slug;
    private final Set<String> aliases = new LinkedHashSet<>();
    private int mentions;
    private double support;

    OtherDraft(String name, EntityKind kind) {
        this.name = name;
        this.kind = kind;
        this.slug = Slugs.entityId(name);
    }

    String name() {
        return name;
    }

    EntityKind kind() {
        return kind;
    }

    boolean isMentioned() {
        return mentions > 0;
    }

    void alias(String alias) {
        aliases.add(alias);
    }

    /** Counts a mention; a surface form that slugs differently from the name becomes an alias. */
    void seen(String surface, double mentionSupport) {
        mentions++;
        support = Math.max(support, mentionSupport);
        if (!Slugs.entityId(surface).equals(slug)) {
            aliases.add(surface);
        }
    }

    /** Takes in another draft that names the same organisation: its mentions, and its name as an alias. */
    void absorb(OtherDraft other) {
        mentions += other.mentions;
        support = Math.max(support, other.support);
        aliases.add(other.name);
        aliases.addAll(other.aliases);
    }

    Entity toEntity(String id) {
        Set<String> others = new LinkedHashSet<>(aliases);
        others.remove(name);
        return new Entity(id, name, kind, null, List.copyOf(others), mentions, support);
    }
}
