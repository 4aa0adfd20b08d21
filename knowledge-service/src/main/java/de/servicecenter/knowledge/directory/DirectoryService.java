package de.servicecenter.knowledge.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.EntityTags;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.commons.tenancy.TenantPrincipal;
import de.servicecenter.knowledge.directory.Directory.Concern;
import de.servicecenter.knowledge.directory.Directory.Target;
import de.servicecenter.knowledge.directory.Directory.Transfer;
import de.servicecenter.knowledge.directory.DirectoryDocument.ContactPoint;
import de.servicecenter.knowledge.directory.DirectoryDocument.Unit;
import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.openinghours.OpeningStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The towns' directories: imported and exported whole by the town, and asked "put through to whom?" by the agents
 * of the hosts that answer the town's calls (and by their phone systems), within the areas of their contract.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectoryService {

    private final TownDirectoryRepository directories;
    private final TenantAccess access;
    private final ObjectMapper json;
    private final Clock clock;
    /** The checked form of each town's stored version: a directory is compiled once per import, not per call. */
    private final Map<String, CompiledVersion> compiled = new ConcurrentHashMap<>();

    /** A stored version: its number and when it was stored (a town's directory removed and imported anew starts over). */
    private record CompiledVersion(long version, Instant storedAt, Directory directory) {

        boolean of(TownDirectory stored) {
            return version == stored.version() && storedAt.equals(stored.updatedAt());
        }
    }

    DirectoryService(TownDirectoryRepository directories, TenantAccess access, ObjectMapper json, Clock clock) {
        this.directories = directories;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    /** The town's directory as it was imported, for editing and importing again. */
    public Versioned<DirectoryDocument> export(String town) {
        TownDirectory stored = stored(town);
        return new Versioned<>(read(stored.documentJson()), stored.version());
    }

    /** Replaces the town's directory with a checked one: all of it, or nothing with every mistake named. */
    @Transactional
    public Versioned<DirectorySummary> replace(String town, String ifMatch, DirectoryDocument document) {
        DirectoryCompiler.Compiled checked = DirectoryCompiler.compile(document,
                area -> access.snapshot().serviceAreas().contains(area));
        if (!checked.errors().isEmpty()) {
            throw new BusinessRuleProblem((checked.errors().size() == 1 ? "1 mistake" : checked.errors().size()
                    + " mistakes") + " in the directory; nothing was stored.", checked.errors());
        }
        Optional<TownDirectory> existing = directories.findByIdOptional(town);
        existing.ifPresent(current -> EntityTags.requireMatch(ifMatch, current.version()));
        TownDirectory stored = existing.orElseGet(() -> new TownDirectory(town));
        stored.replace(write(document.withEmptyLists()), clock.instant(), access.principal().subject());
        directories.persistAndFlush(stored);
        return new Versioned<>(DirectorySummary.of(stored, document.withEmptyLists()), stored.version());
    }

    /** Whom to put a caller with this concern through to at {@code at}. */
    public TransferResponse transfer(String town, Concern concern, Instant at) {
        Directory directory = directory(town);
        Transfer transfer = directory.transfer(concern, at, area -> true); // the area was checked with the access
        boolean namesVisible = namesVisibleIn(town);
        return new TransferResponse(town, transfer.route(),
                transfer.putThroughTo().flatMap(target -> phone(directory, target)).orElse(directory.centralNumber()),
                transfer.putThroughTo().map(target -> view(directory, target, namesVisible)).orElse(null),
                transfer.responsible().map(target -> view(directory, target, namesVisible)).orElse(null),
                directory.centralNumber(), transfer.reasons(), transfer.askFor(),
                transfer.reachableFrom().map(instant -> instant.atZone(BerlinTime.ZONE).toOffsetDateTime()).orElse(null));
    }

    /**
     * Entries of the town's directory found by words (for the desk, beside the articles), among the areas the caller
     * may see, each with whether it answers now.
     */
    public List<DirectoryEntry> find(String town, String query, int limit, Instant at) {
        Directory directory = directory(town);
        boolean namesVisible = namesVisibleIn(town);
        return directory.find(query, area -> access.decide(town, TenantOperation.READ, Optional.of(area)).allowed(), limit)
                .stream().map(entry -> {
                    Target target = new Target(entry.unit().id(), entry.contactPoint().map(ContactPoint::id));
                    Optional<OpeningStatus> status = directory.status(entry.unit().id(), at);
                    return new DirectoryEntry(view(directory, target, namesVisible),
                            status.map(OpeningStatus::open).orElse(true),
                            status.flatMap(OpeningStatus::nextOpening)
                                    .map(instant -> instant.atZone(BerlinTime.ZONE).toOffsetDateTime()).orElse(null));
                }).toList();
    }

    private Directory directory(String town) {
        TownDirectory stored = stored(town);
        CompiledVersion cached = compiled.get(town);
        if (cached != null && cached.of(stored)) {
            return cached.directory();
        }
        // a stored document was checked on import; the catalog may have lost an area since, which then finds no one
        Directory directory = DirectoryCompiler.compile(read(stored.documentJson()), area -> true).directory()
                .orElseThrow(() -> new IllegalStateException("the stored directory of " + town + " no longer compiles"));
        compiled.put(town, new CompiledVersion(stored.version(), stored.updatedAt(), directory));
        return directory;
    }

    private TownDirectory stored(String town) {
        return directories.findByIdOptional(town).orElseThrow(() -> NotFoundProblem.of("directory of", town));
    }

    /** Persons' names: the town's own people always; the hosts' agents where the town allows it per contact point. */
    private boolean namesVisibleIn(String town) {
        TenantPrincipal principal = access.principal();
        return principal.isPlatformAdmin() || principal.tenantId().filter(town::equals).isPresent();
    }

    private static Optional<String> phone(Directory directory, Target target) {
        return target.contactPoint().flatMap(directory::contactPoint).map(ContactPoint::phone)
                .or(() -> directory.unit(target.unit()).map(Unit::phone));
    }

    private static TransferResponse.TargetView view(Directory directory, Target target, boolean namesVisible) {
        Unit unit = directory.unit(target.unit()).orElseThrow();
        Optional<ContactPoint> contact = target.contactPoint().flatMap(directory::contactPoint);
        String name = contact.filter(c -> namesVisible || Boolean.TRUE.equals(c.nameVisibleToHosts()))
                .map(ContactPoint::personName).orElse(null);
        return new TransferResponse.TargetView(unit.id(), unit.name(), unit.kind(),
                contact.map(ContactPoint::id).orElse(null), contact.map(ContactPoint::function).orElse(null), name,
                phone(directory, target).orElse(null),
                contact.map(ContactPoint::mail).orElse(unit.mailbox()), unit.room());
    }

    private DirectoryDocument read(String document) {
        try {
            return json.readValue(document, DirectoryDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(DirectoryDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
