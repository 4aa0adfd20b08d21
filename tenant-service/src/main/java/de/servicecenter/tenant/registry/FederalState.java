package de.servicecenter.tenant.registry;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The 16 German federal states (Länder) by ISO 3166-2 code. The state decides the public holidays of a
 * tenant; the first two digits of every AGS name the state, so the two must agree.
 */
public enum FederalState {
    BW("DE-BW", "Baden-Württemberg", "08"),
    BY("DE-BY", "Bayern", "09"),
    BE("DE-BE", "Berlin", "11"),
    BB("DE-BB", "Brandenburg", "12"),
    HB("DE-HB", "Bremen", "04"),
    HH("DE-HH", "Hamburg", "02"),
    HE("DE-HE", "Hessen", "06"),
    MV("DE-MV", "Mecklenburg-Vorpommern", "13"),
    NI("DE-NI", "Niedersachsen", "03"),
    NW("DE-NW", "Nordrhein-Westfalen", "05"),
    RP("DE-RP", "Rheinland-Pfalz", "07"),
    SL("DE-SL", "Saarland", "10"),
    SN("DE-SN", "Sachsen", "14"),
    ST("DE-ST", "Sachsen-Anhalt", "15"),
    SH("DE-SH", "Schleswig-Holstein", "01"),
    TH("DE-TH", "Thüringen", "16");

    private final String isoCode;
    private final String germanName;
    private final String agsPrefix;

    FederalState(String isoCode, String germanName, String agsPrefix) {
        this.isoCode = isoCode;
        this.germanName = germanName;
        this.agsPrefix = agsPrefix;
    }

    public static Optional<FederalState> fromIsoCode(String code) {
        return Arrays.stream(values()).filter(state -> state.isoCode.equals(code)).findFirst();
    }

    @JsonValue
    public String isoCode() {
        return isoCode;
    }

    public String germanName() {
        return germanName;
    }

    /** The first two digits of every Amtlicher Gemeindeschlüssel in this state. */
    public String agsPrefix() {
        return agsPrefix;
    }

    @Override
    public String toString() {
        return isoCode;
    }
}
