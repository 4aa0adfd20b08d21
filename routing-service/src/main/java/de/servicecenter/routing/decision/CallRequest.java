package de.servicecenter.routing.decision;

import java.time.Instant;

/**
 * A call as the phone system reports it, at the moment it needs to know where the call goes.
 *
 * @param menuOption       the key pressed in the phone menu; null when the caller pressed nothing
 * @param queueWaitSeconds the current wait in the queue the call would go to, if the phone system knows it
 */
public record CallRequest(String dialledNumber, String menuOption, Instant at, Integer queueWaitSeconds) {
}
