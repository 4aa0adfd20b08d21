package de.servicecenter.analysis.german;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * German words and their lemmas, from LanguageTool's morphological dictionary (german-pos-dict: some 4 million
 * inflected forms of the German vocabulary, each with its base form): beantragt → beantragen, umgezogen → umziehen,
 * Anhängers → Anhänger. Different words stay different — verlangen and verlängern, which a suffix stemmer merges.
 *
 * <p>The dictionary spells nouns with a capital; the analysis sees lower case, so both are looked up. Lookups cost a
 * few microseconds; a corpus has a limited vocabulary, so answers are cached.
 */
final class GermanLexicon {

    private static final String DICTIONARY = "/org/languagetool/resource/de/german.dict";
    /** Separable and inseparable verb prefixes: ummelden is um + melden, so Ummeldung is um + Meldung. */
    private static final List<String> VERB_PREFIXES = List.of("zurück", "wieder", "unter", "über", "nach", "vor",
            "weg", "ab", "an", "auf", "aus", "be", "ein", "ent", "er", "um", "ver", "zer", "zu");

    /** länger → verlängern, größer → vergrößern, weiter → erweitern, höher → erhöhen. */
    private static final List<String> COMPARATIVE_VERB_PREFIXES = List.of("ver", "er");
    /**
     * The noun of a verb in -ieren, the first the dictionary has: studieren → studium, reparieren → reparatur (not
     * reparation), informieren → information, kopieren → kopie, kontrollieren → kontrolle.
     */
    private static final List<String> IEREN_NOUN_SUFFIXES = List.of("ium", "atur", "ation", "ie", "e", "");

    private static final GermanLexicon INSTANCE = new GermanLexicon();

    private final Dictionary dictionary;
    /** A lookup holds buffers: one per analysing thread. */
    private final ThreadLocal<DictionaryLookup> lookups;
    private final WordCache<Entry> entries = new WordCache<>(this::lookUp);
    private final WordCache<List<String>> derivations = new WordCache<>(this::derive);

    /**
     * What the dictionary says of a lower-case word: its lemmas (lower case), whether one is a verb, and its lemma as
     * a noun if it is a noun in its own right (a nominative reading of the capitalised word that is no adjective or
     * verb used as a noun, and no adjective or adverb in lower case: Miete and Papiere are; Neue, das Bezahlen,
     * Brauche, defekt and weg are not).
     */
    record Entry(List<String> lemmas, boolean verb, Optional<String> noun) {
        static final Entry UNKNOWN = new Entry(List.of(), false, Optional.empty());

        boolean known() {
            return !lemmas.isEmpty();
        }
    }

    private GermanLexicon() {
        try {
            URL resource = GermanLexicon.class.getResource(DICTIONARY);
            if (resource == null) {
                throw new IllegalStateException("german-pos-dict is not on the class path: " + DICTIONARY);
            }
            dictionary = Dictionary.read(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("the German morphological dictionary cannot be read", e);
        }
        lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    static GermanLexicon instance() {
        return INSTANCE;
    }

    /** The dictionary's entry for a lower-case word (unknown words: no lemmas). */
    Entry entry(String word) {
        return entries.get(word);
    }

    boolean knows(String word) {
        return entry(word).known();
    }

    /**
     * What a lower-case word names if it can say what a caller's question is about: a noun's lemma (Papiere: papier;
     * Miete: miete, not the verb mieten), a word the dictionary does not know as it is (compounds of the
     * administration, abbreviations, names); empty for every other word.
     */
    Optional<String> topic(String word) {
        Entry entry = entry(word);
        return entry.known() ? entry.noun() : Optional.of(word);
    }

    /**
     * The infinitive of a separable verb written as one word the way a subordinate clause writes it: abmelde →
     * abmelden, anmeldet → anmelden ({@link GermanSeparableVerbFilter} joins a question's particle to its verb).
     */
    Optional<String> separableVerb(String joined) {
        for (WordData data : lookups.get().lookup(joined)) {
            if (data.getTag() != null && data.getTag().toString().startsWith("VER")) {
                return Optional.of(data.getStem().toString().toLowerCase(Locale.GERMAN));
            }
        }
        return Optional.empty();
    }

    /**
     * The noun a verb names its action with, if German has it: anmelden → anmeldung, verlängern → verlängerung,
     * ummelden → ummeldung (through melden → meldung). Callers say the verb, articles write the noun, or the other
     * way round.
     */
    Optional<String> nominalisation(String verbLemma) {
        String noun = actionNoun(verbLemma);
        if (noun == null) {
            return Optional.empty();
        }
        if (knows(noun)) {
            return Optional.of(noun);
        }
        for (String prefix : VERB_PREFIXES) {
            if (verbLemma.startsWith(prefix) && verbLemma.length() > prefix.length() + 3) {
                String base = actionNoun(verbLemma.substring(prefix.length()));
                if (base != null && knows(base)) {
                    return Optional.of(noun);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Words a caller may mean by a word, beyond its lemma — the verb a bare comparative stands for (Visum länger:
     * verlängern, and its noun verlängerung; Bild größer: vergrößern), the nouns of a verb in -ieren (studieren:
     * studium, reparieren: reparatur, kopieren: kopie) — each only if the dictionary has it. People who speak little
     * German say the adjective or the verb; the articles name the service with the verb's prefix or the noun.
     */
    List<String> derivations(String word) {
        return derivations.get(word);
    }

    private List<String> derive(String word) {
        Set<String> derived = new LinkedHashSet<>();
        if (word.endsWith("er") && hasTag(word, tag -> tag.equals("ADJ:PRD:KOM"))) {
            // the comparative whole (länger: verlängern) before its stem (kürzer: verkürzen; not breiter: verbreiten)
            String stem = word.substring(0, word.length() - 2);
            for (List<String> forms : List.of(List.of(word + "n"), List.of(stem + "en"))) {
                for (String prefix : COMPARATIVE_VERB_PREFIXES) {
                    forms.stream().map(form -> prefix + form).filter(this::isInfinitive).forEach(verb -> {
                        derived.add(verb);
                        nominalisation(verb).ifPresent(derived::add);
                    });
                }
                if (!derived.isEmpty()) {
                    break;
                }
            }
        }
        for (String lemma : entry(word).lemmas()) {
            if (lemma.endsWith("ieren") && isInfinitive(lemma)) {
                String stem = lemma.substring(0, lemma.length() - "ieren".length());
                IEREN_NOUN_SUFFIXES.stream().map(suffix -> stem + suffix)
                        .filter(noun -> noun.length() >= 5 && entry(noun).noun().filter(noun::equals).isPresent())
                        .findFirst().ifPresent(derived::add);
            }
        }
        return List.copyOf(derived);
    }

    private boolean isInfinitive(String word) {
        return hasTag(word, tag -> tag.startsWith("VER:INF"));
    }

    /** Whether the dictionary has a reading of {@code word} (as written) whose tag matches. */
    private boolean hasTag(String word, Predicate<String> tag) {
        return lookups.get().lookup(word).stream()
                .anyMatch(data -> data.getTag() != null && tag.test(data.getTag().toString()));
    }

    /** melden → meldung, verlängern → verlängerung, wechseln → wechselung; null for what is no infinitive. */
    private static String actionNoun(String verb) {
        if (verb.endsWith("ern") || verb.endsWith("eln")) {
            return verb.substring(0, verb.length() - 1) + "ung";
        }
        return verb.endsWith("en") && verb.length() > 4 ? verb.substring(0, verb.length() - 2) + "ung" : null;
    }

    private Entry lookUp(String word) {
        DictionaryLookup lookup = lookups.get();
        Set<String> verbs = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        Set<String> participles = new LinkedHashSet<>();
        String noun = null;
        boolean modifier = false;
        for (String form : List.of(word, capitalised(word))) {
            for (WordData data : lookup.lookup(form)) {
                String lemma = data.getStem().toString().toLowerCase(Locale.GERMAN);
                String tag = data.getTag() == null ? "" : data.getTag().toString();
                if (lemma.isEmpty()) {
                    continue;
                }
                if (tag.contains(":IMP") || tag.contains(":NEB")) {
                    // "ausweis!", "park!", "(dass ich) ausweise": imperatives and the joined forms of separable verbs
                    // in subordinate clauses would make verbs of nouns (Ausweise ~ Ausweisung); the infinitive stays
                    continue;
                }
                if (noun == null && tag.startsWith("SUB") && tag.contains(":NOM") && !tag.endsWith(":ADJ")
                        && !tag.endsWith(":INF")) {
                    noun = lemma;
                }
                modifier |= tag.startsWith("ADJ") || tag.startsWith("ADV");
                if (tag.startsWith("VER")) {
                    verbs.add(lemma);
                } else if (tag.startsWith("PA1") || tag.startsWith("PA2")) {
                    participles.add(lemma); // "beantragt" as an adjective: the verb's lemma says more
                } else {
                    others.add(lemma);
                }
            }
        }
        List<String> lemmas = new ArrayList<>(verbs);
        lemmas.addAll(others);
        if (verbs.isEmpty()) {
            lemmas.addAll(participles);
        }
        return lemmas.isEmpty() ? Entry.UNKNOWN : new Entry(List.copyOf(new LinkedHashSet<>(lemmas)), !verbs.isEmpty(),
                modifier ? Optional.empty() : Optional.ofNullable(noun));
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.GERMAN) + word.substring(1);
    }
}
