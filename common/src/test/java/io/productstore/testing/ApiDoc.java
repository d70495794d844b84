package io.productstore.testing;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * docs/api.md, rendered from the store's own {@code /openapi} document: one table per service, a
 * row per route with who may call it, what it does and what it answers. Rendered, never written by
 * hand, so it cannot drift: {@code ApiDocIT} fails when the file differs from the server.
 */
public final class ApiDoc {

  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
  private static final Map<String, String> SERVICES =
      Map.of(
          "/api", "Product catalog — `/api`",
          "/cart-api", "Cart — `/cart-api`",
          "/order-api", "Orders — `/order-api`",
          "/user-api", "Users and tokens — `/user-api`");

  private ApiDoc() {}

  /** The Markdown page for an OpenAPI document given as JSON. */
  public static String render(String openApiJson) {
    Map<String, Map<String, Object>> paths =
        new TreeMap<>(JsonPath.from(openApiJson).getMap("paths"));
    StringBuilder page = new StringBuilder();
    page.append("# The public API\n\n")
        .append("Generated from the all-in-one server's `/openapi` by `./store api-doc`; ")
        .append("`ApiDocIT` fails when this page and the server differ. The contract in prose, ")
        .append("with fields and error shapes, is `shared/API.md`; the interactive form is ")
        .append(
            "`/openapi/ui/`. \"token\" means a bearer JWT from `POST /user-api/token`; the roles ")
        .append("a route needs are in its summary or in API.md.\n");
    for (String prefix : List.of("/api", "/cart-api", "/order-api", "/user-api")) {
      page.append("\n## ")
          .append(SERVICES.get(prefix))
          .append("\n\n")
          .append("| Method | Path | Who | What | Answers |\n|---|---|---|---|---|\n");
      paths.forEach(
          (path, operations) -> {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
              rows(path, operations).forEach(page::append);
            }
          });
    }
    return page.toString();
  }

  @SuppressWarnings("unchecked")
  private static List<String> rows(String path, Map<String, Object> operations) {
    List<String> rows = new ArrayList<>();
    for (String method : METHODS) {
      if (operations.get(method) instanceof Map<?, ?> found) {
        Map<String, Object> operation = (Map<String, Object>) found;
        String who = operation.containsKey("security") ? "token" : "anyone";
        String summary = String.valueOf(operation.getOrDefault("summary", "")).replace("|", "\\|");
        Map<String, Object> responses =
            new TreeMap<>((Map<String, Object>) operation.getOrDefault("responses", Map.of()));
        rows.add(
            "| "
                + method.toUpperCase(java.util.Locale.ROOT)
                + " | `"
                + path
                + "` | "
                + who
                + " | "
                + summary
                + " | "
                + String.join(", ", responses.keySet())
                + " |\n");
      }
    }
    return rows;
  }
}
