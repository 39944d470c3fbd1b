package dev.explainer.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.explainer.extract.WholeWords;
import dev.explainer.markdown.internal.MentionLink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Links the first mention of each entity and glossary term in a parsed body. */
public final class BodyLinker {
    private BodyLinker() {
    }

    public static void link(Document doc, List<LinkTarget> targets) {
        Set<LinkTarget> used = new HashSet<>();
        joinApostrophes(doc);
        List<Text> texts = new ArrayList<>();
        collect(doc, texts);
        for (Text text : texts) {
            Node current = text;
            BasedSequence rest = text.getChars();
            Match m;
            while ((m = first(rest, targets, used)) != null) {
                used.add(m.target);
                if (m.start > 0) {
                    current.insertBefore(new Text(rest.subSequence(0, m.start)));
                }
                MentionLink link = new MentionLink(rest.subSequence(m.start, m.end), m.target);
                link.appendChild(new Text(rest.subSequence(m.start, m.end)));
                current.insertBefore(link);
                rest = rest.subSequence(m.end);
            }
            if (rest != text.getChars()) {
                if (!rest.isEmpty()) {
                    current.insertBefore(new Text(rest));
                }
                current.unlink();
            }
        }
    }

    private record Match(LinkTarget target, int start, int end) {
    }

    /** The earliest mention of an unused target; at the same place the longer one. */
    private static Match first(BasedSequence chars, List<LinkTarget> targets, Set<LinkTarget> used) {
        // "O'Brien" in a page is "O’Brien" once typeset: either apostrophe matches either
        String s = chars.toString().replace('’', '\'');
        Match best = null;
        for (LinkTarget t : targets) {
            if (used.contains(t)) {
                continue;
            }
            for (String surface : t.surfaces()) {
                int at = WholeWords.indexOf(s, surface.replace('’', '\''));
                if (at >= 0 && (best == null || at < best.start || at == best.start && surface.length() > best.end - best.start)) {
                    best = new Match(t, at, at + surface.length());
                }
            }
        }
        return best;
    }

    /**
     * Typesetting cuts "O'Brien" into "O", an apostrophe and "Brien": each such apostrophe is put back
     * into one text with the words around it, as "’", so a name is found whole.
     */
    private static void joinApostrophes(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TypographicSmarts apostrophe && apostrophe.getChars().toString().equals("'")
                    && apostrophe.getPrevious() instanceof Text before && apostrophe.getNext() instanceof Text after) {
                Text joined = new Text(BasedSequence.of(before.getChars() + "’" + after.getChars()));
                before.insertBefore(joined);
                before.unlink();
                apostrophe.unlink();
                after.unlink();
                child = joined;
            } else if (!(child instanceof Text)) {
                joinApostrophes(child);
            }
        }
    }

    private static void collect(Node node, List<Text> texts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link || child instanceof LinkRef || child instanceof Code) {
                continue;
            }
            if (child instanceof Text t) {
                texts.add(t);
            } else {
                collect(child, texts);
            }
        }
    }
}
