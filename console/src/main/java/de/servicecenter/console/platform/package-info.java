/**
 * The four services as the console reaches them: typed REST clients that carry the signed-in user's own access token
 * ({@link UserAccessToken}), so that every answer is what the API lets this user see — the console adds no authorization
 * of its own. The records read only what the screens show and ignore the rest (tolerant readers: a newer service
 * may add fields).
 */
package de.servicecenter.console.platform;
