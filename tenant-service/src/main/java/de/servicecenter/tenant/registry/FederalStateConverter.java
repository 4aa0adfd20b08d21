package de.servicecenter.tenant.registry;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a federal state as its ISO code ({@code DE-NW}), the form every other system uses too. */
@Converter(autoApply = true)
public class FederalStateConverter implements AttributeConverter<FederalState, String> {

    @Override
    public String convertToDatabaseColumn(FederalState state) {
        return state == null ? null : state.isoCode();
    }

    @Override
    public FederalState convertToEntityAttribute(String code) {
        return code == null ? null : FederalState.fromIsoCode(code)
                .orElseThrow(() -> new IllegalStateException("Unknown federal state in database: " + code));
    }
}
