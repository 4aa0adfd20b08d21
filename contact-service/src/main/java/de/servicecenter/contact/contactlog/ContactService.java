package de.servicecenter.contact.contactlog;

import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.ConflictProblem;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.tenancy.AccessTarget;
import de.servicecenter.commons.tenancy.ServingRight;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.commons.tenancy.TenantPrincipal;
import de.servicecenter.contact.contactlog.ContactRepository.AlreadyStored;
import de.servicecenter.contact.contactlog.ContactRepository.BatchConflict;
import de.servicecenter.contact.contactlog.ContactRepository.BatchRefused;
import de.servicecenter.contact.contactlog.ContactRepository.BatchStored;
import de.servicecenter.contact.contactlog.ContactRepository.InsertResult;
import de.servicecenter.contact.contactlog.ContactRepository.Inserted;
import de.servicecenter.contact.contactlog.ContactRepository.MonthIssued;
import de.servicecenter.contact.privacy.CallerHashes;
import de.servicecenter.contact.privacy.PersonalDataRetention;
import de.servicecenter.openinghours.BerlinTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Logs contacts exactly once. A contact is admitted when it is consistent in itself, its area exists, the writer
 * may report for its center, and the center may serve the caller's town for that area on that (Berlin) day —
 * its own town, or under a contract in force. Nothing is stored unless everything sent is admitted.
 */
@ApplicationScoped
public class ContactService {

    private final ContactRepository contacts;
    private final TenantAccess access;
    private final CallerHashes callerHashes;
    private final PersonalDataRetention retention;
    private final Clock clock;

    ContactService(ContactRepository contacts, TenantAccess access, CallerHashes callerHashes,
                   PersonalDataRetention retention, Clock clock) {
        this.clock = clock;
        this.contacts = contacts;
        this.access = access;
        this.callerHashes = callerHashes;
        this.retention = retention;
    }

    /** @param replayed the key was stored before with the same contact; the first result is answered */
    public record Recorded(ContactResponse contact, boolean replayed) {
    }

    public Recorded record(String idempotencyKeyHeader, ContactRequest request) {
        String key = idempotencyKeyOf(idempotencyKeyHeader, request);
        AdmittedContact admitted = admitAll(List.of(request.withIdempotencyKey(key)), "").getFirst();
        InsertResult result = contacts.insert(admitted);
        return switch (result) {
            case Inserted inserted -> new Recorded(responseOf(admitted, inserted), false);
            case AlreadyStored stored when stored.existing().sameAs(admitted) -> new Recorded(stored.existing().contact(), true);
            case AlreadyStored stored -> throw ConflictProblem.onField(IdempotencyKeys.HEADER,
                    "'" + key + "' was already used for a different contact; use a new key for a new contact");
            case MonthIssued issued -> throw monthIssued(List.of(new FieldError("arrivedAt", monthIssuedMessage(issued))));
        };
    }

    public ContactBatchResponse recordBatch(ContactBatchRequest batch) {
        List<ContactRequest> sent = batch.contacts();
        List<FieldError> keyErrors = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).idempotencyKey() == null) {
                keyErrors.add(new FieldError(path(i) + "idempotencyKey", "is required in a batch"));
            }
        }
        if (!keyErrors.isEmpty()) {
            throw new InvalidInputProblem(keyErrors);
        }
        List<AdmittedContact> admitted = admitAll(sent, "contacts");

        // A key twice in one batch: the same contact sent twice is stored once; two contacts under one key are a mistake.
        Map<String, Integer> firstPosition = new HashMap<>();
        List<AdmittedContact> distinct = new ArrayList<>();
        int[] distinctIndex = new int[admitted.size()];
        boolean[] repeated = new boolean[admitted.size()];
        List<FieldError> duplicates = new ArrayList<>();
        for (int i = 0; i < admitted.size(); i++) {
            AdmittedContact contact = admitted.get(i);
            Integer first = firstPosition.putIfAbsent(contact.hostTenant() + "\u0000" + contact.idempotencyKey(), i);
            if (first == null) {
                distinctIndex[i] = distinct.size();
                distinct.add(contact);
            } else if (Arrays.equals(admitted.get(first).fingerprint(), contact.fingerprint())) {
                distinctIndex[i] = distinctIndex[first];
                repeated[i] = true;
            } else {
                duplicates.add(new FieldError(path(i) + "idempotencyKey", "repeats contacts[" + first
                        + "].idempotencyKey with a different contact"));
            }
        }
        if (!duplicates.isEmpty()) {
            throw new BusinessRuleProblem(describe(duplicates.size()), duplicates);
        }

        return switch (contacts.insertAll(distinct)) {
            case BatchStored stored -> {
                List<ContactBatchResponse.Item> items = new ArrayList<>(sent.size());
                int stores = 0;
                for (int i = 0; i < admitted.size(); i++) {
                    InsertResult result = stored.results().get(distinctIndex[i]);
                    UUID id = switch (result) {
                        case Inserted inserted -> inserted.id();
                        case AlreadyStored existing -> existing.existing().contact().id();
                        case MonthIssued issued -> throw new IllegalStateException("refused months come as BatchRefused");
                    };
                    boolean replayed = repeated[i] || result instanceof AlreadyStored;
                    items.add(new ContactBatchResponse.Item(admitted.get(i).idempotencyKey(), id, replayed));
                    stores += replayed ? 0 : 1;
                }
                yield new ContactBatchResponse(stores, admitted.size() - stores, items);
            }
            case BatchConflict conflict -> {
                List<FieldError> errors = errorsOfSent(distinctIndex, conflict.positions().stream()
                        .collect(Collectors.toMap(position -> position, position -> "was already used for a different contact")),
                        "idempotencyKey");
                throw new ConflictProblem(describe(errors.size())
                        + " Their keys were already used for different contacts; nothing was stored.", errors);
            }
            case BatchRefused refused -> {
                Map<Integer, String> messages = new HashMap<>();
                refused.months().forEach((position, month) -> messages.put(position, monthIssuedMessage(month)));
                throw monthIssued(errorsOfSent(distinctIndex, messages, "arrivedAt"));
            }
        };
    }

    /**
     * Errors on {@code field} for every contact of the batch as sent whose de-duplicated position has a message —
     * a contact sent twice is named twice.
     */
    private static List<FieldError> errorsOfSent(int[] distinctIndex, Map<Integer, String> messageByDistinct,
                                                 String field) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < distinctIndex.length; i++) {
            String message = messageByDistinct.get(distinctIndex[i]);
            if (message != null) {
                errors.add(new FieldError(path(i) + field, message));
            }
        }
        return errors;
    }

    /** A contact, to the center's host (agents, admins) and to the caller's town; 404 to everyone else. */
    public ContactResponse find(UUID id) {
        var stored = contacts.find(id).orElseThrow(() -> NotFoundProblem.of("contact", id));
        access.require(AccessTarget.between("contact", id, stored.hostTenant(), stored.contact().town()));
        return stored.contact();
    }

    private String idempotencyKeyOf(String header, ContactRequest request) {
        if (header == null || header.isEmpty()) {
            if (request.idempotencyKey() == null) {
                throw InvalidInputProblem.of(IdempotencyKeys.HEADER, "is required: a key unique per contact, such as "
                        + "the phone system's call id, so that a retry never logs the contact twice");
            }
            return request.idempotencyKey();
        }
        if (!IdempotencyKeys.isValid(header)) {
            throw InvalidInputProblem.of(IdempotencyKeys.HEADER, IdempotencyKeys.MESSAGE);
        }
        if (request.idempotencyKey() != null && !request.idempotencyKey().equals(header)) {
            throw InvalidInputProblem.of("idempotencyKey", "differs from the Idempotency-Key header; give one of them");
        }
        return header;
    }

    /**
     * Checks every contact and answers them admitted, in order, or throws one 422 naming every invalid field.
     *
     * @param listField the batch's list field, or empty for a single contact
     */
    private List<AdmittedContact> admitAll(List<ContactRequest> requests, String listField) {
        TenantPrincipal writer = access.principal();
        TenancySnapshot network = access.snapshot();
        Admission admission = admit(requests, listField, network, writer);
        if (!admission.errors().isEmpty()) {
            // A center opened or a contract activated a moment ago must count at once: the phone system sends the
            // first calls within seconds. Look again with a newer copy, if there is one.
            TenancySnapshot newer = access.recheck();
            if (newer != network) {
                admission = admit(requests, listField, newer, writer);
            }
        }
        if (!admission.errors().isEmpty()) {
            throw new BusinessRuleProblem(describe(admission.errors().size()) + " Nothing was stored.",
                    admission.errors());
        }
        return admission.admitted();
    }

    /** The contacts that passed, and the mistakes of the others. */
    private record Admission(List<AdmittedContact> admitted, List<FieldError> errors) {
    }

    private Admission admit(List<ContactRequest> requests, String listField, TenancySnapshot network,
                            TenantPrincipal writer) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        List<AdmittedContact> admitted = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            ContactRequest request = requests.get(i);
            String path = listField.isEmpty() ? "" : path(i);
            List<FieldError> own = new ArrayList<>(ContactRules.check(request, path, now));
            Optional<ServingRight> right = servingRight(network, writer, request, path, own);
            if (own.isEmpty() && right.isPresent()) {
                Instant arrived = request.arrivedAt().toInstant();
                Optional<String> callerHash = callerHashes.hash(request.callerNumber());
                admitted.add(new AdmittedContact(request.idempotencyKey(), request, right.get().hostTenant(),
                        right.get().contract().map(grant -> grant.contractId()), callerHash,
                        callerHash.filter(hash -> retention.keepsCallerHash(arrived)),
                        request.trimmedNote().filter(note -> retention.keepsNote(arrived))));
            }
            errors.addAll(own);
        }
        return new Admission(admitted, errors);
    }

    private Optional<ServingRight> servingRight(TenancySnapshot network, TenantPrincipal writer,
                                                       ContactRequest request, String path, List<FieldError> errors) {
        boolean known = true;
        if (!network.serviceAreas().contains(request.serviceArea())) {
            errors.add(new FieldError(path + "serviceArea", "'" + request.serviceArea() + "' is not a service area"));
            known = false;
        }
        // The town first: whoever may not act for it learns nothing more about the contact's other fields.
        if (!access.mayActFor(request.town(), Optional.of(request.serviceArea()))) {
            errors.add(new FieldError(path + "town", "you do not act for '" + request.town() + "' in '"
                    + request.serviceArea() + "'"));
            return Optional.empty();
        }
        if (!network.isActiveTenant(request.town())) {
            errors.add(new FieldError(path + "town", "'" + request.town() + "' is not an active town"));
            return Optional.empty();
        }
        String host = network.serviceCenters().get(request.serviceCenter());
        if (host == null) {
            errors.add(new FieldError(path + "serviceCenter", "'" + request.serviceCenter() + "' is not a service center"));
            return Optional.empty();
        }
        if (writer.tenantId().isPresent() && !writer.tenantId().get().equals(host)) {
            errors.add(new FieldError(path + "serviceCenter", "'" + request.serviceCenter()
                    + "' is not a center of your tenant '" + writer.tenantId().get() + "'"));
            return Optional.empty();
        }
        if (!known) {
            return Optional.empty();
        }
        LocalDate day = BerlinTime.dateOf(request.arrivedAt().toInstant());
        Optional<ServingRight> right = network.servingRight(request.serviceCenter(), request.town(),
                request.serviceArea(), day);
        if (right.isEmpty()) {
            errors.add(new FieldError(path + "town", "'" + request.serviceCenter() + "' does not serve '"
                    + request.town() + "' for '" + request.serviceArea() + "' on " + day
                    + ": no contract in force covers it"));
        }
        return right;
    }

    private ContactResponse responseOf(AdmittedContact admitted, Inserted inserted) {
        ContactRequest c = admitted.request();
        return new ContactResponse(inserted.id(), admitted.idempotencyKey(), c.town(), c.serviceCenter(),
                admitted.contractId().orElse(null), c.channel(),
                c.arrivedAt().atZoneSameInstant(BerlinTime.ZONE).toOffsetDateTime(),
                c.endedAt() == null ? null : c.endedAt().atZoneSameInstant(BerlinTime.ZONE).toOffsetDateTime(),
                c.waitingSeconds(), c.talkSeconds(), c.wrapUpSeconds(), c.outcome(), c.serviceArea(), c.leikaKey(),
                c.articlesOrEmpty(), c.agent(), admitted.storedNote().orElse(null), c.transferredTo(),
                inserted.recordedAt());
    }

    private static BusinessRuleProblem monthIssued(List<FieldError> errors) {
        return new BusinessRuleProblem(describe(errors.size()) + " Their month's statement has been issued; "
                + "nothing was stored.", errors);
    }

    private static String monthIssuedMessage(MonthIssued issued) {
        return "falls in " + issued.month() + ", whose statement under contract " + issued.contractId()
                + " has been issued; contacts of that month can no longer be added";
    }

    private static String path(int index) {
        return "contacts[" + index + "].";
    }

    private static String describe(int count) {
        return count == 1 ? "1 field is invalid." : count + " fields are invalid.";
    }
}
