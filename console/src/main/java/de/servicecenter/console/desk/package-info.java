/**
 * The agent desktop (Arbeitsplatz): a call popped by URL — by the phone system's call id, or by dialled number and
 * key — shown with its tag first (which town, which area, under which contract), the town's opening status, a
 * knowledge search scoped to that town, the article with the town's local specifics, and the contact logged in one
 * step at the end. The call travels from page to page in the URL ({@link CallContext}): the desktop keeps no state of
 * its own, works without JavaScript, and a CTI can open any of its pages.
 */
package de.servicecenter.console.desk;
