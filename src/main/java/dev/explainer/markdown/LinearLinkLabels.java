package dev.explainer.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Flexmark's inline parser with link labels ("[text]") read in one pass. Flexmark reads them with a
 * regex whose alternatives both match a backslash, so an unclosed "[" followed by backslashes takes
 * time exponential in their number (40 characters: minutes; found by fuzzing). The label is read as
 * CommonMark says: it ends at the first "]" not escaped by a backslash, has no unescaped "[", and
 * holds at most 999 characters.
 */
final class LinearLinkLabels extends InlineParserImpl {
    static final InlineParserFactory FACTORY = LinearLinkLabels::new;
    private static final int MAX_LABEL = 999;
    private static final String ESCAPABLE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private LinearLinkLabels(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    /** The length of the label at the parser's index, brackets included, moving past it; 0 when there is none. */
    @Override
    public int parseLinkLabel() {
        int length = labelLength(input, index);
        index += length;
        return length;
    }

    static int labelLength(CharSequence text, int start) {
        if (start >= text.length() || text.charAt(start) != '[') {
            return 0;
        }
        int i = start + 1;
        while (i < text.length() && i - start - 1 <= MAX_LABEL) {
            char c = text.charAt(i);
            if (c == ']') {
                return i + 1 - start;
            }
            if (c == '[') {
                return 0;
            }
            i += c == '\\' && i + 1 < text.length() && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0 ? 2 : 1;
        }
        return 0;
    }
}
