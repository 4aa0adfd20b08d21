package de.servicecenter.contact.planning;

/** Checks of the models' parameters: a wrong rate would give confident nonsense, not an error. */
final class Arguments {

    private Arguments() {
    }

    static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number of at least 0, was " + value);
        }
    }

    static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number above 0, was " + value);
        }
    }
}
