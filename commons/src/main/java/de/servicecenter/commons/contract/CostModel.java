package de.servicecenter.commons.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.servicecenter.commons.problem.FieldError;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the client pays, in euros: exactly the amounts that belong to {@code type} are given — and written, the
 * others are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CostModel", description = "How the client pays the host; give exactly the amounts of the type")
public record CostModel(
        @NotNull
        @Schema(required = true, example = "FTE_SHARE", description = "How the host is paid: by full-time posts, per "
                + "call, per minute or a flat monthly fee")
        CostModelType type,

        @Positive @Digits(integer = 4, fraction = 2) @DecimalMax("1000")
        @Schema(example = "1.75", description = "FTE_SHARE: full-time posts paid for")
        BigDecimal fullTimeEquivalents,

        @Positive @Digits(integer = 10, fraction = 2)
        @Schema(example = "62000.00", description = "FTE_SHARE: annual cost of one post, EUR")
        BigDecimal annualCostPerFte,

        @Positive @Digits(integer = 6, fraction = 4)
        @Schema(example = "2.85", description = "PER_CALL: price per answered call, EUR")
        BigDecimal pricePerCall,

        @Positive @Digits(integer = 6, fraction = 4)
        @Schema(example = "0.95", description = "PER_MINUTE: price per minute, EUR")
        BigDecimal pricePerMinute,

        @Positive @Digits(integer = 10, fraction = 2)
        @Schema(example = "4500.00", description = "FLAT_FEE: fee per month, EUR")
        BigDecimal flatFeePerMonth) {

    public static CostModel fteShare(BigDecimal fullTimeEquivalents, BigDecimal annualCostPerFte) {
        return new CostModel(CostModelType.FTE_SHARE, fullTimeEquivalents, annualCostPerFte, null, null, null);
    }

    public static CostModel perCall(BigDecimal pricePerCall) {
        return new CostModel(CostModelType.PER_CALL, null, null, pricePerCall, null, null);
    }

    public static CostModel perMinute(BigDecimal pricePerMinute) {
        return new CostModel(CostModelType.PER_MINUTE, null, null, null, pricePerMinute, null);
    }

    public static CostModel flatFee(BigDecimal flatFeePerMonth) {
        return new CostModel(CostModelType.FLAT_FEE, null, null, null, null, flatFeePerMonth);
    }

    /** Amounts missing for the type, or given but belonging to another type, as errors on {@code costModel.*}. */
    public List<FieldError> mismatches() {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "fullTimeEquivalents", fullTimeEquivalents, type == CostModelType.FTE_SHARE);
        check(errors, "annualCostPerFte", annualCostPerFte, type == CostModelType.FTE_SHARE);
        check(errors, "pricePerCall", pricePerCall, type == CostModelType.PER_CALL);
        check(errors, "pricePerMinute", pricePerMinute, type == CostModelType.PER_MINUTE);
        check(errors, "flatFeePerMonth", flatFeePerMonth, type == CostModelType.FLAT_FEE);
        return errors;
    }

    private void check(List<FieldError> errors, String field, BigDecimal value, boolean belongs) {
        if (belongs && value == null) {
            errors.add(new FieldError("costModel." + field, "is required for cost model " + type));
        } else if (!belongs && value != null) {
            errors.add(new FieldError("costModel." + field, "does not belong to cost model " + type + "; leave it out"));
        }
    }
}
