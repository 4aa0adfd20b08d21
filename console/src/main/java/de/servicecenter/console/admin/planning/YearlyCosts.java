package de.servicecenter.console.admin.planning;

import de.servicecenter.console.platform.ContactApi;
import de.servicecenter.console.platform.GermanFormats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A year's cost of serving a town, a line per cost model that has a price: the what-if's and the contract's. */
public final class YearlyCosts {

    private YearlyCosts() {
    }

    public static List<String> lines(ContactApi.YearlyCost cost) {
        List<String> lines = new ArrayList<>();
        add(lines, "als Anteil an Stellen", cost.fteShare());
        add(lines, "je Anruf", cost.perCall());
        add(lines, "je Minute", cost.perMinute());
        add(lines, "als Pauschale", cost.flatFee());
        return lines;
    }

    private static void add(List<String> lines, String model, BigDecimal amount) {
        if (amount != null) {
            lines.add(model + ": " + GermanFormats.euros(amount) + " im Jahr");
        }
    }
}
