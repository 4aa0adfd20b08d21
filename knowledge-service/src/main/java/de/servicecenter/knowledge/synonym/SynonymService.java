package de.servicecenter.knowledge.synonym;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.tenancy.TenantAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Synonyms per host network, kept by the host's admins. They apply at search time through a search analyzer
 * per host; a change rebuilds the index in the background (new index, then the alias moves), so searches
 * use the new rules within about a minute and never see a half-built index.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SynonymService {

    private static final TypeReference<List<String>> RULES = new TypeReference<>() {
    };

    private final SynonymSetRepository sets;
    private final TenantAccess access;
    private final ObjectMapper json;
    private final Event<SynonymsChanged> changed;
    private final Clock clock;

    SynonymService(SynonymSetRepository sets, TenantAccess access, ObjectMapper json, Event<SynonymsChanged> changed, Clock clock) {
        this.clock = clock;
        this.sets = sets;
        this.access = access;
        this.json = json;
        this.changed = changed;
    }

    /** Every host's rules, for building the index. */
    @Transactional
    public Map<String, List<String>> allRules() {
        Map<String, List<String>> rules = new TreeMap<>();
        sets.listAll().forEach(set -> rules.put(set.hostTenantId(), read(set.rulesJson())));
        return rules;
    }

    public SynonymsResponse get(String host) {
        return sets.findByIdOptional(host).map(this::response)
                .orElseThrow(() -> NotFoundProblem.of("synonym set of", host));
    }

    @Transactional
    public SynonymsResponse replace(String host, SynonymsRequest request) {
        List<String> rules = normalised(request.rules());
        Optional<SynonymSet> existing = sets.findByIdOptional(host);
        if (existing.isPresent() && read(existing.get().rulesJson()).equals(rules)) {
            return response(existing.get()); // unchanged: no rebuild
        }
        SynonymSet set = existing.orElseGet(() -> new SynonymSet(host));
        set.apply(write(rules), clock.instant(), access.principal().subject());
        sets.persistAndFlush(set);
        changed.fire(new SynonymsChanged(host));
        return response(set);
    }

    /** Lower case, trimmed, and every rule either {@code a => b} or {@code a, b[, c ...]}; 422 naming the rule. */
    static List<String> normalised(List<String> rules) {
        List<String> result = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            String rule = rules.get(i).strip().toLowerCase(Locale.GERMAN);
            String[] sides = rule.split("=>", -1);
            boolean valid = sides.length == 2
                    ? terms(sides[0]) >= 1 && terms(sides[1]) >= 1
                    : sides.length == 1 && terms(rule) >= 2;
            if (valid) {
                result.add(rule);
            } else {
                errors.add(new FieldError("rules[" + i + "]", "must be 'words => words' or 'word, word[, ...]'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new BusinessRuleProblem(errors.size() == 1 ? errors.getFirst().message()
                    : errors.size() + " synonym rules are malformed.", errors);
        }
        return result;
    }

    private static int terms(String side) {
        int count = 0;
        for (String term : side.split(",", -1)) {
            if (term.isBlank()) {
                return 0;
            }
            count++;
        }
        return count;
    }

    private SynonymsResponse response(SynonymSet set) {
        return new SynonymsResponse(set.hostTenantId(), read(set.rulesJson()), set.updatedAt(), set.updatedBy());
    }

    private List<String> read(String rulesJson) {
        try {
            return json.readValue(rulesJson, RULES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(List<String> rules) {
        try {
            return json.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
