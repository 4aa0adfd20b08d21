package de.servicecenter.contact.planning;

/** The queueing model staffing is computed with. */
public enum QueueModelName {
    /** Callers wait as long as it takes: the classic model, pessimistic where callers hang up. */
    ERLANG_C,
    /** Callers hang up after a patience estimated from the abandoned calls of the history. */
    ERLANG_A
}
