package de.servicecenter.knowledge.synonym;

/** A host network's synonyms changed: after commit the search index is rebuilt with them. */
public record SynonymsChanged(String host) {
}
