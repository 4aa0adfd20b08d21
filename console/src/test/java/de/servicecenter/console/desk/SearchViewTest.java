package de.servicecenter.console.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Highlights come from the search engine with the article's own text inside: only the marks may be markup. */
class SearchViewTest {

    @Test
    void onlyTheEnginesMarksBecomeMarkup() {
        assertThat(SearchView.marked("Den <em>Wohnsitz</em> anmelden <script>alert(1)</script> & mehr").toString())
                .isEqualTo("Den <mark>Wohnsitz</mark> anmelden &lt;script&gt;alert(1)&lt;/script&gt; &amp; mehr");
    }

    @Test
    void aMarkCutOffAtThePassagesEndIsClosed() {
        assertThat(SearchView.marked("Der <em>Fischerei").toString()).isEqualTo("Der <mark>Fischerei</mark>");
    }

    @Test
    void attributesInAFakeMarkAreTextAndAStrayCloseIsDropped() {
        assertThat(SearchView.marked("<em onclick=\"x\">a</em>").toString())
                .isEqualTo("&lt;em onclick=&quot;x&quot;&gt;a");
    }
}
