/**
 * The admin console (Verwaltung) for host admins, city admins and platform admins: contracts with their proposal and
 * acceptance, opening hours with the platform's preview, routing rules, KPIs. Each page shows what the services'
 * APIs let the signed-in user see; an action is offered where the user's role and party make it possible, and the
 * service's answer decides.
 */
package de.servicecenter.console.admin;
