package de.servicecenter.analysis.german;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analysis chains in isolation, on plain Lucene; the plugin inside a real node is tested in ElasticsearchPluginIT. */
class GermanAnalysisTest {

    private static final Analyzer INDEX = new GermanIndexAnalyzerFactory().create();
    private static final Analyzer SEARCH = new GermanSearchAnalyzerFactory().create();

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    /** True when some term of the query is among the indexed terms of the document text. */
    private static boolean queryMeetsDocument(String query, String document) throws IOException {
        Set<String> indexed = new TreeSet<>(terms(INDEX, document));
        return terms(SEARCH, query).stream().anyMatch(indexed::contains);
    }

    @ParameterizedTest(name = "\"{0}\" finds \"{1}\"")
    @CsvSource({
            "Personalausweise, Personalausweis beantragen",
            "Bürgerbuero, Bürgerbüro Castrop-Rauxel",
            "Buergerbuero, Bürgerbüro",
            "Fischerei, Fischereischein verlängern",
            "Ausweis, Fischereiausweis",
            "Reisepässe, Reisepass",
            "Führungszeugnisses, Führungszeugnis beantragen",
            "Erlaubnisse, Erlaubnis zum Fischen",
            "Strasse, Straßenreinigung und Straße"})
    void inflectionsSpellingsAndCompoundsMeet(String query, String document) throws IOException {
        assertThat(queryMeetsDocument(query, document)).isTrue();
    }

    @Test
    void compoundsAreSplitAtIndexTimeOnly() throws IOException {
        assertThat(terms(INDEX, "Fischereiausweis")).containsExactly("fischereiausweis", "fischerei", "ausweis");
        assertThat(terms(SEARCH, "Fischereiausweis")).containsExactly("fischereiausweis");
        // Splitting the query would let "Personalausweise" match "Fischereiausweis" through "ausweis".
        assertThat(queryMeetsDocument("Personalausweise", "Fischereiausweis")).isFalse();
    }

    @Test
    void compoundPartsShareThePositionAndOffsetsOfTheWord() throws IOException {
        try (TokenStream stream = INDEX.tokenStream("f", "Neuer Anwohnerparkausweis")) {
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            List<String> seen = new ArrayList<>();
            while (stream.incrementToken()) {
                seen.add(term + "@" + increment.getPositionIncrement() + ":" + offset.startOffset() + "-"
                        + offset.endOffset());
            }
            stream.end();
            // lemmas of the parts: "anwohner" is not stemmed to "anwohn" any more
            assertThat(seen).containsExactly("neu@1:0-5", "anwohnerparkausweis@1:6-25", "anwohner@0:6-25",
                    "park@0:6-25", "ausweis@0:6-25");
        }
    }

    @Test
    void questionWordsAndFillersGoUmlautsFold() throws IOException {
        assertThat(terms(SEARCH, "Wie verlängere ich meinen Führerschein?"))
                .containsExactly("verlangern", "verlangerung", "fuhrerschein");
        assertThat(terms(SEARCH, "ich bin umgezogen was muss ich machen")).startsWith("umziehen")
                .allMatch(term -> term.startsWith("umzieh"), "umziehen and its action noun only");
        assertThat(terms(SEARCH, "Straße")).isEqualTo(terms(SEARCH, "Strasse"));
    }

    @Test
    void wordsThatCarryMeaningAtTheDeskStay() throws IOException {
        assertThat(terms(SEARCH, "Ausweis weg")).containsExactly("ausweis", "weg");
        assertThat(terms(SEARCH, "kein Termin, nicht ohne Ausweis")).contains("kein", "nicht", "ohne");
    }

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource({
            "beantragt, beantragen",
            "angemeldet, anmelden",
            "umgezogen, umziehen",
            "Anhängers, anhanger",
            "Führerscheins, fuhrerschein",
            "Zeugnisse, zeugnis",
            "gestohlen, stehlen",
            "Reisepässe, reisepass"})
    void inflectedWordsMeetTheirLemma(String word, String lemma) throws IOException {
        assertThat(terms(SEARCH, word)).startsWith(lemma);
    }

    @Test
    void aQuestionsSeparableVerbIsJoined() throws IOException {
        assertThat(terms(SEARCH, "Wie melde ich mein Auto ab?")).containsExactly("abmelden", "abmeldung", "auto");
        assertThat(terms(SEARCH, "Wie melde ich ein Gewerbe an?")).containsExactly("anmelden", "anmeldung", "gewerbe");
        // no verb with the particle: it stays (and "an" goes as a stop word)
        assertThat(terms(SEARCH, "Termin am Rathaus an")).containsExactly("termin", "rathaus");
    }

    @Test
    void differentWordsStayDifferent() throws IOException {
        // a suffix stemmer makes "verlang" of both
        assertThat(terms(SEARCH, "verlangen")).doesNotContainAnyElementsOf(terms(SEARCH, "verlängern"));
        // light stemming alone cut "schwer" to "schw"
        assertThat(terms(INDEX, "Schwerbehindertenausweis")).contains("schwer", "ausweis").doesNotContain("schw");
    }

    @Test
    void aVerbMeetsItsActionNounAndTheCompoundsMadeOfIt() throws IOException {
        assertThat(queryMeetsDocument("Hund anmelden", "Hundeanmeldung")).isTrue();
        // a compound's first part without its word's ending: Heiz(en)kosten, Schul(e)anmeldung
        assertThat(queryMeetsDocument("Heizung teuer", "Heizkostenzuschuss")).isTrue();
        assertThat(terms(INDEX, "Schulanmeldung")).contains("schule", "anmeldung");
        assertThat(terms(SEARCH, "ummelden")).contains("ummeldung");
        assertThat(terms(SEARCH, "Verlängerung")).isEqualTo(List.of("verlangerung"));
    }

    /** Simple German says the adjective or the verb where the article names the service by its verb or noun. */
    @Test
    void aQueryMeetsWhatACallerMeansByABareComparativeOrAVerbInIeren() throws IOException {
        assertThat(queryMeetsDocument("länger", "Aufenthaltstitel verlängern")).isTrue();
        assertThat(queryMeetsDocument("länger", "Verlängerung des Visums")).isTrue();
        assertThat(queryMeetsDocument("kürzer", "Frist verkürzen")).isTrue();
        assertThat(queryMeetsDocument("studieren", "Aufenthaltserlaubnis zum Studium")).isTrue();
        assertThat(queryMeetsDocument("reparieren", "Reparatur der Straßenlaterne")).isTrue();
        assertThat(terms(SEARCH, "breiter")).as("the comparative whole before its stem: not verbreiten")
                .containsExactly("breit", "verbreitern");
        // articles say what they mean: a delay is no renewal
        assertThat(queryMeetsDocument("verlängern", "Die Bearbeitung dauert länger")).isFalse();
    }

    /** German capitalises its nouns: Miete is the rent, mieten is to rent. */
    @Test
    void aWordWrittenWithACapitalIsItsNounAndAnArticlesWordInLowerCaseIsNone() throws IOException {
        assertThat(terms(SEARCH, "kein Geld Miete")).containsExactly("kein", "geld", "miete");
        assertThat(queryMeetsDocument("Geld für die Miete", "Bürgerhaus mieten")).isFalse();
        assertThat(queryMeetsDocument("Geld für die Miete", "Zuschuss zur Miete")).isTrue();
        // typed in lower case, a query keeps every reading
        assertThat(queryMeetsDocument("miete", "Bürgerhaus mieten")).isTrue();
        // abbreviations in capitals are no nouns by their case
        assertThat(terms(SEARCH, "GEZ")).containsExactly("gez");
    }

    @Test
    void theTopicOfAQuestionIsItsNounsAndTheWordsTheDictionaryDoesNotKnow() throws IOException {
        Analyzer topic = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream spelt = new GermanSpellingFilter(new LowerCaseFilter(tokenizer), GermanSpelling.instance());
                return new TokenStreamComponents(tokenizer,
                        GermanStopTokenFilterFactory.stop(new GermanTopicTokenFilterFactory().create(spelt)));
            }
        };

        assertThat(terms(topic, "Ausweis kaputt")).containsExactly("ausweis");
        assertThat(terms(topic, "Ausweis defekt weg")).containsExactly("ausweis");
        assertThat(terms(topic, "ich brauche neue Papiere für die Miete")).containsExactly("papier", "miete");
        assertThat(terms(topic, "Geld Heizung teuer")).containsExactly("geld", "heizung");
        assertThat(terms(topic, "Knoellchen bezahlen")).containsExactly("knöllchen");
        assertThat(terms(topic, "GEZ Befreiung Müllkalender")).containsExactly("gez", "befreiung", "müllkalender");
        assertThat(terms(topic, "ich bin umgezogen was muss ich machen")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is written \"{1}\"")
    @CsvSource({
            "knoellchen, knöllchen",
            "verlaengern, verlängern",
            "meldebestaetigung, meldebestätigung",
            "strasse, straße",
            "neue, neue",
            "michael, michael"})
    void wordsTypedWithoutUmlautsAreRespeltWhereTheDictionarySaysSo(String typed, String written) {
        assertThat(GermanSpelling.instance().canonical(typed)).isEqualTo(written);
    }

    @Test
    void thePartsAnalyzerPutsEveryPartInPlaceOfTheCompound() throws IOException {
        Analyzer parts = new GermanPartsAnalyzerFactory().create();
        assertThat(terms(parts, "Müllkalender")).containsExactly("mull", "kalender");
        try (TokenStream stream = parts.tokenStream("f", "Biomülltonne leeren")) {
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int positions = 0;
            while (stream.incrementToken()) {
                positions += increment.getPositionIncrement();
            }
            stream.end();
            assertThat(positions).as("bio, müll, tonne, leeren: one position each").isEqualTo(4);
        }
    }

    @Test
    void synonymsMapCitizensWordsToTheAuthoritiesWords() throws IOException {
        Analyzer withSynonyms = searchAnalyzerWith(List.of("perso => personalausweis",
                "angelschein, fischereischein", "verlängern, verlängerung"));

        assertThat(terms(withSynonyms, "Perso")).containsExactly("personalausweis");
        assertThat(terms(withSynonyms, "Angelschein")).contains("fischereischein", "angelschein");
        assertThat(terms(withSynonyms, "verlängern")).contains("verlangern", "verlangerung");
    }

    @Test
    void synonymsApplyToEverySpellingOfAWord() throws IOException {
        Analyzer withSynonyms = searchAnalyzerWith(List.of("knöllchen, strafzettel, verwarnungsgeld"));

        assertThat(terms(withSynonyms, "Knoellchen")).contains("verwarnungsgeld", "strafzettel");
        assertThat(terms(withSynonyms, "Knöllchen")).contains("verwarnungsgeld", "strafzettel");
    }

    @Test
    void malformedSynonymRulesAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> SynonymTokenFilterFactory.parse("perso => \nausweis => => pass"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("synonym rules");
    }

    @Test
    void splitterLeavesShortAndUnknownWordsWhole() {
        CompoundSplitter splitter = CompoundSplitter.instance();

        assertThat(splitter.parts("ausweis")).isEmpty();
        assertThat(splitter.parts("sperrmüll")).isEmpty();
        assertThat(splitter.parts("hundesteuer")).containsExactly("hunde", "steuer");
        assertThat(splitter.parts("führungszeugnis")).containsExactly("führung", "zeugnis");
    }

    /** The chain an index defines with {@code scv_synonyms}: as in knowledge-service's index settings. */
    private static Analyzer searchAnalyzerWith(List<String> rules) {
        SynonymTokenFilterFactory synonyms = new SynonymTokenFilterFactory(() -> rules);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new GermanSpellingTokenFilterFactory().create(new LowerCaseFilter(tokenizer));
                stream = synonyms.create(stream);
                stream = new GermanStopTokenFilterFactory().create(stream);
                stream = new GermanLemmaTokenFilterFactory().create(stream);
                stream = new GermanNormalizationTokenFilterFactory().create(stream);
                return new TokenStreamComponents(tokenizer, new GermanStemTokenFilterFactory().create(stream));
            }
        };
    }
}
