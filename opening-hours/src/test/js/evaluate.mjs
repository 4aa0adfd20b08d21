// Evaluates opening_hours values with opening_hours.js for OsmExportReferenceTest. Reads JSON from stdin:
//   {"values": [{"osm": "...", "state": "DE-NW", "instants": [epochMillis, ...]}]}
// and writes, per value, the state at each instant ("open", "closed" or "unknown") or the error that stopped the
// parser. Run with TZ=Europe/Berlin: opening_hours.js evaluates in the runtime's local time.
import opening_hours from "opening_hours";

// what a Nominatim lookup says of a place in each federal state; opening_hours.js takes its holidays from it
const STATES = {
  "DE-BW": "Baden-Württemberg", "DE-BY": "Bayern", "DE-BE": "Berlin", "DE-BB": "Brandenburg", "DE-HB": "Bremen",
  "DE-HH": "Hamburg", "DE-HE": "Hessen", "DE-MV": "Mecklenburg-Vorpommern", "DE-NI": "Niedersachsen",
  "DE-NW": "Nordrhein-Westfalen", "DE-RP": "Rheinland-Pfalz", "DE-SL": "Saarland", "DE-SN": "Sachsen",
  "DE-ST": "Sachsen-Anhalt", "DE-SH": "Schleswig-Holstein", "DE-TH": "Thüringen",
};

let input = "";
for await (const chunk of process.stdin) input += chunk;
const results = JSON.parse(input).values.map(({ osm, state, instants }) => {
  const place = { lat: 51.5, lon: 7.3, address: { country_code: "de", state: STATES[state] ?? STATES["DE-NW"] } };
  try {
    const hours = new opening_hours(osm, place);
    return {
      states: instants.map((millis) => {
        const at = new Date(millis);
        return hours.getUnknown(at) ? "unknown" : hours.getState(at) ? "open" : "closed";
      }),
    };
  } catch (error) {
    return { error: String(error) };
  }
});
process.stdout.write(JSON.stringify(results));
