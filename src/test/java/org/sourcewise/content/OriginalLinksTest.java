package org.sourcewise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginalLinksTest {

    private static final String ARTICLE = "https://thediplomat.com/2017/02/russias-love-affair-with-north-korea/";

    @Test
    void a_paragraph_of_the_original_is_reached_by_its_key_phrases_as_text_fragments() {
        assertThat(OriginalLinks.at(ARTICLE, List.of("Kim Jong-Il's public emphasis", "10,000 North Koreans")))
                .isEqualTo(ARTICLE + "#:~:text=Kim%20Jong%2DIl%27s%20public%20emphasis&text=10%2C000%20North%20Koreans");
    }

    @Test
    void an_address_with_a_fragment_of_its_own_keeps_it() {
        assertThat(OriginalLinks.at("https://example.org/a#top", List.of("tram"))).isEqualTo("https://example.org/a#top:~:text=tram");
    }

    @Test
    void without_key_phrases_the_link_is_the_article() {
        assertThat(OriginalLinks.at(ARTICLE, List.of())).isEqualTo(ARTICLE);
    }

    @Test
    void only_web_addresses_are_ever_linked() {
        assertThat(OriginalLinks.at("javascript:alert(1)", List.of("x"))).isNull();
        assertThat(OriginalLinks.at(null, List.of("x"))).isNull();
        assertThat(OriginalLinks.web(" HTTPS://example.org/a ")).isEqualTo("HTTPS://example.org/a");
    }

    @Test
    void non_ascii_words_are_encoded_as_utf_8() {
        assertThat(OriginalLinks.encode("“Seollal” é")).isEqualTo("%E2%80%9CSeollal%E2%80%9D%20%C3%A9");
    }
}
