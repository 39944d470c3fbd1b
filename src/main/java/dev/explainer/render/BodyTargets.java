package dev.explainer.render;

import dev.explainer.content.EntityInfo;
import dev.explainer.content.Mention;
import dev.explainer.content.Page;
import dev.explainer.markdown.LinkTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the body of one article links: its entities to their pages, its glossary terms to their definitions. */
final class BodyTargets {
    private BodyTargets() {
    }

    static List<LinkTarget> of(Page p, Views v) {
        // keyed by entity key: an EntityInfo's own hash would walk all its pages
        Map<String, List<String>> surfaces = new LinkedHashMap<>();
        Map<String, EntityInfo> entities = new LinkedHashMap<>();
        for (Mention m : p.facts().entities()) {
            EntityInfo e = v.facts().explainer().entity(m);
            if (e != null) {
                entities.putIfAbsent(e.key(), e);
                List<String> s = surfaces.computeIfAbsent(e.key(), k -> new ArrayList<>(List.of(e.name())));
                s.add(m.name());
                s.addAll(m.aliases());
            }
        }
        List<LinkTarget> targets = new ArrayList<>();
        surfaces.forEach((key, words) -> {
            List<String> all = new ArrayList<>(words);
            // "The Guardian" is mostly written "the Guardian"
            words.stream().filter(w -> w.startsWith("The ")).forEach(w -> all.add(w.substring(4)));
            targets.add(new LinkTarget(all, v.url(entities.get(key).url()), "entity", null, null));
        });
        for (TermView t : FactViews.terms(p.facts().glossary())) {
            targets.add(new LinkTarget(List.of(t.term()), "#" + t.anchor(), "term", t.definition(), t.anchor()));
        }
        return targets;
    }
}
