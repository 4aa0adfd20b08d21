package de.servicecenter.commons.tenancy;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Which rows a database connection may see — PostgreSQL row-level security, the second wall behind
 * {@code TenantAccess}. {@link RowSecurity} gives every connection the scope of the work that takes it:
 *
 * <ul>
 * <li>{@code TENANTS}: a declared operation of a principal — the rows of the tenants it may see (its own and its
 * contract partners'; {@code *} for platform-wide principals; none for a principal without a known tenant);</li>
 * <li>{@code PUBLIC}: a portal's request — the service's public role, granted only what portals read;</li>
 * <li>{@code SYSTEM}: the service's own background work (indexing, erasing, rebuilding what it keeps in memory) —
 * its system role.</li>
 * </ul>
 */
public record RowScope(Kind kind, List<String> tenants) {

    public enum Kind { TENANTS, PUBLIC, SYSTEM }

    public static final RowScope SYSTEM = new RowScope(Kind.SYSTEM, List.of());
    public static final RowScope PUBLIC = new RowScope(Kind.PUBLIC, List.of());
    /** What a platform-wide principal sees (the platform's admins, its phone system). */
    public static final String ALL_TENANTS = "*";

    private static final ThreadLocal<Boolean> BACKGROUND = new ThreadLocal<>();

    public RowScope {
        Objects.requireNonNull(kind, "kind");
        tenants = List.copyOf(tenants);
    }

    public static RowScope tenants(List<String> tenants) {
        return new RowScope(Kind.TENANTS, tenants);
    }

    /**
     * Runs {@code work} with the system scope for every connection it takes, even inside a request: for the service's
     * own view of everything (a snapshot of the whole network, the routing table, a uniqueness check across towns).
     * The work must take its own connection (a new transaction), since a connection keeps the scope it was taken
     * with.
     */
    public static <T> T system(Supplier<T> work) {
        Boolean before = BACKGROUND.get();
        BACKGROUND.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                BACKGROUND.remove();
            } else {
                BACKGROUND.set(before);
            }
        }
    }

    static boolean insideSystemWork() {
        return Boolean.TRUE.equals(BACKGROUND.get());
    }

    /** The value of the {@code scv.tenants} setting the policies read: tenant slugs, comma-separated. */
    String setting() {
        return String.join(",", tenants);
    }
}
