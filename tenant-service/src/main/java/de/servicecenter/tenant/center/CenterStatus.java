package de.servicecenter.tenant.center;

/** Whether a service center is in operation; an inactive center answers no calls, whatever its hours say. */
public enum CenterStatus {
    ACTIVE,
    INACTIVE
}
