package de.servicecenter.knowledge.search;

/** Elasticsearch could not be reached or refused a request; searches answer 503, writes are unaffected. */
public class SearchUnavailable extends RuntimeException {

    public SearchUnavailable(Throwable cause) {
        super(cause.getMessage(), cause);
    }

    public SearchUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
