package org.sourcewise.content.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The cue words and phrases the proposer looks for, matched on whole words of a sentence. */
final class Cues {

    static final List<String> FUTURE = List.of("will", "won't", "wont", "shall", "going to", "expected to", "is expected",
            "are expected", "set to", "likely to", "forecast", "forecasts", "predict", "predicts", "predicted", "next year",
            "next month", "next week", "coming years", "coming months", "in the future", "poised to", "on track to",
            "plans to", "intends to", "scheduled to");
    static final List<String> HEDGE = List.of("likely", "unlikely", "could", "may", "might", "believe", "believes",
            "believed", "suggests", "suggest", "suggested", "suggesting", "appears", "appear", "seems", "seem", "probably",
            "perhaps", "arguably", "indicates", "indicate", "reflects", "reflect", "means", "implies", "should", "would",
            "signals", "possibly", "apparently", "presumably", "evidently", "in order to", "aims to", "seeks to",
            "intended to", "designed to", "a sign of", "motivated by", "is meant to", "argue", "argues", "think", "thinks");
    static final List<String> CAUSE = List.of("because", "due to", "as a result", "therefore", "thus", "hence",
            "consequently", "led to", "leads to", "lead to", "caused", "causes", "thanks to", "owing to", "so that",
            "in order to", "resulted in", "results in", "driven by", "in response to");
    static final List<String> CONTRAST = List.of("but", "however", "although", "though", "whereas", "despite",
            "in spite of", "yet", "instead", "on the other hand", "in contrast", "by contrast", "nevertheless",
            "nonetheless", "unlike", "while");
    static final List<String> COMPARISON = List.of("more than", "less than", "fewer than", "higher than", "lower than",
            "larger than", "smaller than", "greater than", "bigger than", "cheaper than", "rather than", "compared with",
            "compared to", "up from", "down from", "twice as", "times as", "times more", "the highest", "the lowest",
            "the largest", "the biggest", "the most", "the least", "at least", "by over", "outweigh", "outweighs", "than");
    static final List<String> TREND = List.of("grow", "grew", "grown", "growing", "rise", "rose", "risen", "rising",
            "fell", "fallen", "falling", "increase", "increased", "increases", "decrease", "decreased", "doubled", "tripled",
            "halved", "dropped", "surged", "declined", "soared", "plunged", "climbed", "shrank", "expanded", "cut");
    static final List<String> THESIS = List.of("argue", "argues", "argued", "arguing", "the lesson", "the key",
            "the main", "is about", "the point", "in short", "recommend", "recommends", "conclude", "concluded",
            "found that", "finds that", "shows that", "showed that");
    static final List<String> REPORTING = List.of("said", "says", "told", "announced", "reported", "according to",
            "stated", "claimed", "confirmed", "denied", "agreed", "signed", "launched", "opened", "approved", "voted");
    static final List<String> BACKGROUND = List.of("historically", "traditionally", "has long", "have long", "had long",
            "for decades", "for centuries", "dates back", "date back", "in the past", "was founded", "were founded",
            "formerly", "used to", "since the", "once was", "at the time");
    static final Set<String> QUANTITY = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands",
            "million", "millions", "billion", "billions", "dozen", "dozens", "half", "double", "doubled", "tripled",
            "twice", "quadrupled", "increased", "decreased", "rose", "fell", "grew", "dropped", "surged", "majority",
            "quarter", "third", "most", "largest", "smallest", "first", "record");

    private Cues() {
    }

    /** The sentence as lower-case words between single spaces, with a space at either end. */
    static String words(String sentence) {
        StringBuilder b = new StringBuilder(" ");
        for (Tokens.Token t : Tokens.of(sentence).list()) {
            if (t.isWord()) {
                b.append(t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'')).append(' ');
            }
        }
        return b.toString();
    }

    /** The cues of {@code list} that occur in {@code words} as whole words. */
    static List<String> found(String words, List<String> list) {
        List<String> hits = new ArrayList<>();
        for (String cue : list) {
            if (words.contains(" " + cue + " ")) {
                hits.add(cue);
            }
        }
        return hits;
    }
}
