package de.servicecenter.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes generated articles straight into knowledge-service's database, as load for the search benchmark: the
 * demo knowledge base's services, each in many variants (a district in the title, text from neighbouring
 * services), published, shared, not yet indexed. Earlier generated articles are replaced.
 *
 * <pre>GenerateArticles COUNT JDBC_URL USER PASSWORD CORPUS_JSON OWNER</pre>
 */
public final class GenerateArticles {

    static final String GENERATOR = "benchmark-generator";
    private static final String[] DISTRICTS = {"Altstadt", "Nord", "Süd", "Ost", "West", "Mitte", "Hafen",
            "Bahnhof", "Marktplatz", "Innenstadt", "Stadtpark", "Gewerbegebiet", "Neubaugebiet", "Dorf"};

    private GenerateArticles() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> services = new ArrayList<>();
        json.readTree(Path.of(args[4]).toFile()).get("leistungen").forEach(services::add);
        String owner = args[5];
        Instant now = Instant.now();
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            db.setAutoCommit(false);
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM article WHERE created_by = ?")) {
                delete.setString(1, GENERATOR);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO article (id, owner_tenant_id, scope, service_area, audience, status, content, title,
                                         version, created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, 'SHARED', ?, 'PUBLIC', 'PUBLISHED', ?::jsonb, ?, 0, ?, ?, ?, ?)""")) {
                for (int i = 0; i < count; i++) {
                    JsonNode service = services.get(i % services.size());
                    JsonNode neighbour = services.get((i * 7 + 3) % services.size());
                    String title = service.get("leistungsname").asText() + " – " + DISTRICTS[i % DISTRICTS.length]
                            + " " + (i / services.size() + 1);
                    Map<String, Object> content = new LinkedHashMap<>();
                    content.put("title", title);
                    content.put("teaser", text(service, "kurztext"));
                    content.put("fullText", text(service, "volltext") + " " + text(neighbour, "volltext"));
                    content.put("requiredDocuments", text(service, "erforderlicheUnterlagen"));
                    content.put("costs", text(service, "kosten"));
                    content.put("procedure", text(service, "verfahrensablauf"));
                    content.put("forms", List.of());
                    content.put("keywords", json.convertValue(service.get("stichworte"), List.class));
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, owner);
                    insert.setString(3, service.get("leistungsbereich").asText());
                    insert.setString(4, json.writeValueAsString(content));
                    insert.setString(5, title.length() > 200 ? title.substring(0, 200) : title);
                    insert.setTimestamp(6, Timestamp.from(now));
                    insert.setString(7, GENERATOR);
                    insert.setTimestamp(8, Timestamp.from(now));
                    insert.setString(9, GENERATOR);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
        }
        System.out.printf("generated %d articles for %s in %.1f s%n", count, owner, (System.nanoTime() - started) / 1e9);
    }

    private static String text(JsonNode service, String module) {
        return service.path("module").path(module).asText("");
    }
}
