package de.servicecenter.commons.tenancy;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Publishes every operation's declared authorization in the OpenAPI document as {@code x-authorization}: the roles
 * that may call it ({@code @RolesAllowed}; {@code ["*"]} for any authenticated caller, {@code []} for public) and its
 * {@link Access} declaration — so that integrators read who may do what where they read the operation, and the
 * authorization matrix test derives every expectation from the documents.
 *
 * <p>Operation ids come from {@code package-class-method} (see the shared configuration) so that the method can be
 * found; they are shortened to {@code Class_method} here.
 */
public class AuthorizationDocumentation implements OASFilter {

    public static final String EXTENSION = "x-authorization";

    @Override
    public Operation filterOperation(Operation operation) {
        document(operation);
        return operation;
    }

    private static void document(Operation operation) {
        String id = operation.getOperationId();
        if (id == null || !id.contains("_")) {
            return;
        }
        String className = id.substring(0, id.lastIndexOf('_'));
        String methodName = id.substring(id.lastIndexOf('_') + 1);
        operation.setOperationId(className.substring(className.lastIndexOf('.') + 1) + "_" + methodName);
        method(className, methodName).ifPresent(method -> operation.addExtension(EXTENSION, describe(method)));
    }

    static Map<String, Object> describe(Method method) {
        Map<String, Object> authorization = new LinkedHashMap<>();
        authorization.put("roles", roles(method));
        Access access = Optional.ofNullable(method.getAnnotation(Access.class))
                .orElse(method.getDeclaringClass().getAnnotation(Access.class));
        if (access != null) {
            authorization.put("operation", access.value().name());
            authorization.put("on", access.on().name());
            if (!access.from().isEmpty()) {
                authorization.put("from", access.from());
            }
            if (!access.area().isEmpty()) {
                authorization.put("area", access.area());
            }
        }
        return authorization;
    }

    private static List<String> roles(Method method) {
        RolesAllowed roles = Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
                .orElse(method.getDeclaringClass().getAnnotation(RolesAllowed.class));
        if (roles != null) {
            return List.of(roles.value());
        }
        if (method.isAnnotationPresent(Authenticated.class)
                || method.getDeclaringClass().isAnnotationPresent(Authenticated.class)) {
            return List.of("*");
        }
        if (method.isAnnotationPresent(PermitAll.class) || method.getDeclaringClass().isAnnotationPresent(PermitAll.class)) {
            return List.of();
        }
        return List.of("(denied: no security annotation)");
    }

    private static Optional<Method> method(String className, String methodName) {
        try {
            Class<?> type = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(methodName) && method.isAnnotationPresent(Access.class)
                        || method.getName().equals(methodName) && type.isAnnotationPresent(Access.class)) {
                    return Optional.of(method);
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(methodName)) {
                    return Optional.of(method);
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
