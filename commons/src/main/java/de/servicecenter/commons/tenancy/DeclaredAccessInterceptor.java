package de.servicecenter.commons.tenancy;

import de.servicecenter.commons.problem.InvalidInputProblem;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.util.Optional;

/**
 * Enforces an operation's {@link Access} declaration around its resource method, after authentication and the role
 * check and before input validation (a denied caller learns nothing from validation messages): a tenant named by a
 * path or query parameter is checked here; an object or body tenant is handed to the service, which must name it to
 * {@link TenantAccess} — an operation that returns without having done so fails instead of answering unchecked.
 */
@Access(value = TenantOperation.READ, on = AccessSubject.NONE)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DeclaredAccessInterceptor {

    private final TenantAccess access;

    DeclaredAccessInterceptor(TenantAccess access) {
        this.access = access;
    }

    @AroundInvoke
    Object enforce(InvocationContext invocation) throws Exception {
        Access onMethod = invocation.getMethod().getAnnotation(Access.class);
        Access declared = onMethod != null ? onMethod
                : invocation.getMethod().getDeclaringClass().getAnnotation(Access.class);
        access.declare(declared);
        switch (declared.on()) {
            case NAMED_TENANT -> {
                if (!declared.from().startsWith("body:")) {
                    String tenant = parameter(invocation, declared.from()).orElseThrow(() ->
                            InvalidInputProblem.of(declared.from().substring(declared.from().indexOf(':') + 1),
                                    "is required"));
                    access.requireTenant(tenant, parameter(invocation, declared.area()));
                }
            }
            case OWN_OR_NAMED_TENANT -> {
                Optional<String> tenant = parameter(invocation, declared.from()).or(() -> access.principal().tenantId());
                access.requireTenant(tenant.orElse(""), parameter(invocation, declared.area()));
            }
            default -> {
            }
        }
        Object result = invocation.proceed();
        if (declared.on().checkedByService() || declared.from().startsWith("body:")) {
            if (!access.checked()) {
                throw new IllegalStateException(invocation.getMethod() + " declares " + declared.on() + " from '"
                        + declared.from() + "' but its service never named the tenant or object to TenantAccess");
            }
        }
        return result;
    }

    /** The value of a {@code path:NAME} or {@code query:NAME} parameter of the method; empty for other sources. */
    private static Optional<String> parameter(InvocationContext invocation, String source) {
        int colon = source.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String kind = source.substring(0, colon);
        String name = source.substring(colon + 1);
        Parameter[] parameters = invocation.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            for (Annotation annotation : parameters[i].getAnnotations()) {
                boolean matches = kind.equals("path") && annotation instanceof PathParam path && path.value().equals(name)
                        || kind.equals("query") && annotation instanceof QueryParam query && query.value().equals(name);
                if (matches) {
                    Object value = invocation.getParameters()[i];
                    return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
                }
            }
        }
        return Optional.empty();
    }
}
