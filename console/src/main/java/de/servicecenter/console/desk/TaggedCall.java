package de.servicecenter.console.desk;

import de.servicecenter.console.platform.TenantApi;

/**
 * A call with its tag, as the agent sees it first: the caller's town, the service area, the contract under which
 * the agent answers for that town, and how the tag was found. Values the screen may lack are null.
 *
 * @param contract      the host's contract covering the area; null when the user's own town was called
 * @param serviceCenter the center that answers (the decision's, else the contract's); null for the town itself
 * @param source        how the tag was found: from the phone system's decision for the call id, or from the menu of
 *                      the dialled number and the key
 * @param status        the town's opening status for the area now; null when tenant-service did not answer
 */
public record TaggedCall(String town, String townName, String serviceArea, String serviceAreaName, String leikaKey,
                         TenantApi.Contract contract, String serviceCenter, Source source, String callId,
                         String number, String key, TenantApi.OpeningStatus status) {

    public enum Source {
        CALL_ID("aus der Weiterleitung des Anrufs (Anruf-ID)"),
        MENU("aus gewählter Nummer und Menütaste");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
