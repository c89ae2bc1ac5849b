package org.sourcewise.content.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only English is drafted; German and Korean are refused with a message saying what was found. */
class LanguageTest {

    private static final List<String> GERMAN = List.of("Die Stadt hat am Dienstag beschlossen, den Anleger neu zu bauen,"
            + " den die Stürme im letzten Winter zerstört haben. Der neue Anleger wird 14,5 Millionen Pfund kosten, von denen"
            + " die Regierung 60 Prozent bezahlt. Seit Januar ist die Zahl der Besucher um mehr als 40 Prozent gesunken,"
            + " und viele Geschäfte in der Hafenstraße kämpfen ums Überleben.");
    private static final List<String> KOREAN = List.of("시의회는 화요일에 지난 겨울 폭풍으로 파괴된 부두를 다시 짓기로 결정했다."
            + " 새 부두는 1450만 파운드가 들며 그중 60%를 지방 정부가 부담한다. 1월 이후 방문객 수는 40% 이상 줄었다."
            + " 항구 거리의 상인들은 큰 피해를 입었다고 말한다. 공사는 5월에 시작되어 18개월이 걸릴 예정이다."
            + " 해양안전청은 아직 설계를 승인해야 한다. 많은 사람들이 이 결정을 환영했지만 일부는 위험이 크다고 경고했다.");

    @Test
    void the_benchmark_articles_and_the_test_articles_read_as_english() {
        for (String article : QualityBenchmark.ARTICLES) {
            List<String> paragraphs = ArticleReader.read(QualityBenchmark.resource(article), ArticleFormat.TEXT).paragraphs();
            assertThat(Language.notEnglish(paragraphs)).as(article).isEmpty();
            assertThat(Language.englishShare(paragraphs)).as(article).isGreaterThan(0.3);
        }
        assertThat(Language.notEnglish(List.of(DraftingCorpus.article(2000)))).isEmpty();
    }

    @Test
    void german_and_korean_are_refused_saying_how_few_common_english_words_they_have() {
        assertThat(Language.notEnglish(GERMAN)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("the text does not read as English: ").contains("English articles only"));
        assertThat(Language.englishShare(GERMAN)).isLessThan(0.1);
        assertThat(Language.notEnglish(KOREAN)).hasValueSatisfying(m -> assertThat(m).contains(" 0% of its words"));
    }

    @Test
    void a_few_words_are_not_judged() {
        assertThat(Language.notEnglish(List.of("Gdańsk, Łódź und Kraków 2024."))).isEmpty();
    }
}
