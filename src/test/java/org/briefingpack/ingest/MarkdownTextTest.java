package org.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {

    private static MarkupText convert(String markdown) {
        MarkupText raw = new MarkdownText().convert(DocumentReaderTest.unescape(markdown));
        return new MarkupText(TextNormalizer.normalize(raw.text()), raw.links());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ATX heading                   | '# Title\nText.'                          | 'Title\n\nText.'
            heading with closing hashes   | '## Agenda ##'                            | 'Agenda'
            hash inside heading text      | '# COP#28 notes'                          | 'COP#28 notes'
            not a heading without space   | '#hashtag talk'                           | '#hashtag talk'
            setext heading                | 'Title\n=====\nText.'                     | 'Title\n\nText.'
            setext level two              | 'Title\n-----\nText.'                     | 'Title\n\nText.'
            bullet list items             | '- one;\n- two;\n* three\n+ four'         | 'one;\n\ntwo;\n\nthree\n\nfour'
            ordered list items            | '1. first\n2) second\n10. tenth'          | 'first\n\nsecond\n\ntenth'
            year on a wrapped line is text| 'agreed on 12 December\n2023. Then more.' | 'agreed on 12 December 2023. Then more.'
            one can interrupt a paragraph | 'Steps:\n1. first\n2. second'            | 'Steps:\n\nfirst\n\nsecond'
            list item continuation        | '- long item\n  continues here'           | 'long item continues here'
            task list boxes               | '- [x] done\n- [ ] open'                  | 'done\n\nopen'
            bold and strong               | '**Dates:** 21–22 May'                    | 'Dates: 21–22 May'
            double underscore bold        | '__Seoul__ Declaration'                   | 'Seoul Declaration'
            single star emphasis kept     | 'his *Our Common Agenda* report'          | 'his *Our Common Agenda* report'
            triple star                   | '***very*** bold'                         | '*very* bold'
            snake case survives           | 'file sotf_pact__final.pdf'               | 'file sotf_pact__final.pdf'
            code span                     | 'call `split()` now'                      | 'call split() now'
            inline link                   | 'See [the page](https://a.org/x) now.'    | 'See the page now.'
            link with bold text           | '[**Pact**](https://a.org)'               | 'Pact'
            link with title               | '[UN](https://un.org "United Nations")'   | 'UN'
            link with parentheses in url  | '[Wiki](https://w.org/A_(b)) end'         | 'Wiki end'
            image in prose reads as alt   | 'Logo ![alt text](logo.png) here'         | 'Logo alt text here'
            image-only block dropped      | 'Text.\n\n![logo](a.png) ![b](b.png)'     | 'Text.'
            reference link kept as written| '[Pact][p] text\n\n[p]: https://un.org/p' | '[Pact][p] text'
            collapsed reference link      | '[Pact][] text\n\n[pact]: https://un.org' | '[Pact][] text'
            shortcut reference link       | '[Pact] text\n\n[Pact]: https://un.org'   | '[Pact] text'
            brackets without link stay    | 'Article [6] applies'                     | 'Article [6] applies'
            autolink kept as written      | 'Go to <https://un.org/x>.'               | 'Go to <https://un.org/x>.'
            blockquote                    | '> **In short:** Agreed.\n> Signed.'      | 'In short: Agreed. Signed.'
            nested blockquote             | '> > deep'                                | 'deep'
            soft wrap joined              | 'one line\nnext line'                     | 'one line next line'
            hard break with spaces        | '**A:** x  \n**B:** y'                    | 'A: x\nB: y'
            hard break with backslash     | 'x\\\ny'                                  | 'x\ny'
            thematic break                | 'a\n\n***\n\nb'                           | 'a\n\nb'
            spaced thematic break         | 'a\n\n* * *\n\nb'                         | 'a\n\nb'
            fenced code kept verbatim     | '```\n**x**  y\n```'                      | '**x** y'
            table rows                    | '| a | b |\n|---|:-:|\n| 1 | 2 |'         | 'a | b\n\n1 | 2'
            table row spacing kept        | '|a|b  c|\n|-|-|'                         | 'a|b c'
            pipes without a delimiter row | '|a|b|'                                   | '|a|b|'
            front matter dropped          | '---\ntitle: X\n---\n# Body'              | 'Body'
            CRLF input                    | '# T\r\n\r\nText'                         | 'T\n\nText'
            star at line start is emphasis| '*Italic* start'                          | '*Italic* start'
            """)
    void convert_givesTheTextAReaderSees(String description, String markdown, String expected) {
        assertThat(convert(markdown).text()).isEqualTo(DocumentReaderTest.unescape(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            inline links in order          | '[a](https://a.org) [b](http://b.org)'          | 'https://a.org http://b.org'
            relative and mail links skipped| '[a](/x) [m](mailto:x@y.org) [w](www.un.org)'   | 'www.un.org'
            reference definitions used     | '[a][1]\n\n[1]: <https://a.org/1>'               | 'https://a.org/1'
            shortcut reference used        | 'See [UN].\n\n[un]: https://un.org'               | 'https://un.org'
            images give no link            | '![a](https://a.org/img.png)'                   | ''
            url with parentheses           | '[w](https://w.org/A_(b))'                      | 'https://w.org/A_(b)'
            """)
    void convert_collectsLinkTargets(String description, String markdown, String expected) {
        String joined = String.join(" ", convert(markdown).links());
        assertThat(joined).isEqualTo(expected);
    }

    @Test
    void convert_deeplyNestedBracketsAndQuotesStayLinear() {
        String nested = "[".repeat(200_000) + "x" + "]".repeat(200_000) + "(".repeat(100_000);
        assertThat(convert(nested).text()).hasSize(nested.length());
        String quotes = "> ".repeat(10_000) + "deep";
        assertThat(convert(quotes).text()).endsWith("deep");
    }
}
