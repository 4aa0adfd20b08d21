package de.servicecenter.commons.tenancy;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The declared authorization of one operation, next to it, beside {@code @RolesAllowed} (who may call it): which
 * tenancy operation it is, on whose data, named where, for which service area. Nothing else decides:
 * {@link DeclaredAccessInterceptor} enforces a tenant named by a path or query parameter before the method runs, and
 * the service names the object or body tenant to {@link TenantAccess}, which applies the declared operation and
 * subject. The declarations are published in every OpenAPI document as {@code x-authorization} and held against the
 * running services by the authorization matrix test.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Access {

    @Nonbinding
    TenantOperation value();

    @Nonbinding
    AccessSubject on();

    /**
     * Where the tenant or object is named: {@code path:NAME}, {@code query:NAME} (enforced before the method) or
     * {@code body:FIELD}; empty for {@link AccessSubject#PUBLIC} and {@link AccessSubject#NONE}.
     */
    @Nonbinding
    String from() default "";

    /**
     * The service area the check is for: {@code path:NAME} or {@code query:NAME} (optional parameters), or what the
     * service supplies ({@code object}, {@code body:FIELD}, {@code rules}); empty when the operation is about no single
     * area (then any area a contract covers will do).
     */
    @Nonbinding
    String area() default "";
}
