package io.productstore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing over the server's own OpenAPI document: every generated request (any
 * route, any caller, hostile path segments, queries and bodies built from the route's schema and
 * then broken) gets an answer below 500, and every refusal is problem+json that names nothing of
 * the server's insides; no caller without a valid token gets a 2xx from a route that needs one,
 * whatever identity headers it sends. The seed is fixed and printed: the same seed sends the same
 * requests, so a failure replays.
 */
class OpenApiFuzzIT {

  /** The seed of every run; change it to explore, print it to replay. */
  static final String SEED = "20261201";

  private static final int TRIES = 1200;

  private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch");

  /** One operation of the OpenAPI document. */
  record Operation(
      String method,
      String path,
      List<String> pathParams,
      List<String> queryParams,
      String mediaType,
      Map<String, String> bodyFields,
      boolean needsToken) {}

  /** One generated request. */
  record Call(
      Operation operation,
      String caller,
      Map<String, String> pathValues,
      Map<String, String> query,
      String body,
      String category) {}

  private static List<Operation> operations;
  private static Map<String, String> tokens;
  private static final Map<String, AtomicInteger> CASES = new ConcurrentHashMap<>();
  private static final Map<Integer, AtomicInteger> STATUSES = new ConcurrentHashMap<>();
  private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
  private static final AtomicInteger NOT_PROBLEMS = new AtomicInteger();
  private static final AtomicInteger BYPASSES = new AtomicInteger();
  private static final AtomicInteger BY_THE_CONTAINER = new AtomicInteger();

  @BeforeContainer
  static void readTheDocument() {
    RestAssured.baseURI = "http://" + System.getProperty("microshed_hostname", "localhost");
    RestAssured.port = Integer.parseInt(System.getProperty("microshed_http_port"));
    Store.awaitReady(Duration.ofSeconds(120));
    JsonPath document = Shop.openApi().jsonPath();
    Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
    Map<String, Map<String, Object>> schemas = document.getMap("components.schemas");
    operations = new ArrayList<>();
    paths.forEach(
        (path, methods) ->
            methods.entrySet().stream()
                .filter(method -> HTTP_METHODS.contains(method.getKey()))
                .forEach(
                    method ->
                        operations.add(
                            operation(method.getKey(), path, method.getValue(), schemas))));
    // The document's order may differ between server starts; the same seed must send the same
    // requests.
    operations.sort(
        java.util.Comparator.comparing(Operation::path).thenComparing(Operation::method));
    tokens =
        Map.of(
            "anonymous", "",
            "user", TestTokens.valid("fuzz_" + Long.toString(System.nanoTime(), 36), "user"),
            "admin", TestTokens.valid("fuzz_admin", "admin", "user"),
            "garbage", "abc.def.ghi",
            "forged", TestTokens.signedByAnotherKey("fuzz_admin", "admin"));
    System.out.printf(
        "[fuzz] %d operations of /openapi, seed %s, %d tries%n", operations.size(), SEED, TRIES);
  }

  @SuppressWarnings("unchecked")
  private static Operation operation(
      String method,
      String path,
      Map<String, Object> spec,
      Map<String, Map<String, Object>> schemas) {
    List<Map<String, Object>> parameters =
        (List<Map<String, Object>>) spec.getOrDefault("parameters", List.of());
    List<String> pathParams = names(parameters, "path");
    List<String> queryParams = names(parameters, "query");
    Map<String, Object> content =
        (Map<String, Object>)
            ((Map<String, Object>) spec.getOrDefault("requestBody", Map.of()))
                .getOrDefault("content", Map.of());
    String mediaType =
        content.containsKey("application/json")
            ? "application/json"
            : content.keySet().stream().findFirst().orElse(null);
    Map<String, String> fields = new LinkedHashMap<>();
    if (mediaType != null) {
      Map<String, Object> schema =
          (Map<String, Object>) ((Map<String, Object>) content.get(mediaType)).get("schema");
      Object ref = schema == null ? null : schema.get("$ref");
      if (ref != null) {
        Map<String, Object> target =
            schemas.get(ref.toString().replace("#/components/schemas/", ""));
        ((Map<String, Map<String, Object>>) target.getOrDefault("properties", Map.of()))
            .forEach((name, property) -> fields.put(name, String.valueOf(property.get("type"))));
      }
    }
    return new Operation(
        method.toUpperCase(),
        path,
        pathParams,
        queryParams,
        mediaType,
        fields,
        spec.get("security") instanceof List<?> security && !security.isEmpty());
  }

  private static List<String> names(List<Map<String, Object>> parameters, String in) {
    return parameters.stream()
        .filter(parameter -> in.equals(parameter.get("in")))
        .map(parameter -> parameter.get("name").toString())
        .toList();
  }

  /** Strings a hostile client sends where the API expects a name, an id or a number. */
  private static Arbitrary<String> hostileText() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "",
            " ",
            "null",
            "-1",
            "0",
            "1e309",
            "NaN",
            "Infinity",
            "-0.001",
            "12.345",
            "99999999999999999999",
            "00000000-0000-0000-0000-000000000000",
            "../../etc/passwd",
            "..\\..\\windows",
            "' OR '1'='1",
            "'; DROP TABLE products; --",
            "\" ALLOW FILTERING",
            "<script>alert(1)</script>",
            "${jndi:ldap://x}",
            "%s%n",
            "Привет, мир",
            "emoji 🛒🔥",
            "\u202Eevil\u202C",
            "\uFEFFbom",
            "a\u0000b",
            "\uD800",
            "ÿ".repeat(5000),
            "x".repeat(70_000)),
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.bigDecimals().ofScale(4).map(Object::toString));
  }

  /** A JSON value for a field of {@code type}: well typed, wrong typed, null or hostile. */
  private static Arbitrary<String> jsonValue(String type) {
    Arbitrary<String> wellTyped =
        switch (type) {
          case "integer" -> Arbitraries.integers().map(String::valueOf);
          case "number" -> Arbitraries.bigDecimals().ofScale(3).map(Object::toString);
          case "boolean" -> Arbitraries.of("true", "false");
          case "array" -> Arbitraries.of("[]", "[1]", "[{\"product_id\":\"x\",\"quantity\":-1}]");
          default -> hostileText().map(OpenApiFuzzIT::quoted);
        };
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, wellTyped),
        net.jqwik.api.Tuple.of(2, hostileText().map(OpenApiFuzzIT::quoted)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("null", "{}", "[]", "true", "NaN", "1e999", "-0")),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().map(String::valueOf)));
  }

  private static Arbitrary<String> body(Operation operation) {
    if (operation.mediaType() == null) {
      return Arbitraries.of("", "{}", "garbage");
    }
    if (!operation.mediaType().contains("json")) {
      return hostileText()
          .list()
          .ofMaxSize(3)
          .map(
              values ->
                  values.stream()
                      .map(
                          value ->
                              "username="
                                  + java.net.URLEncoder.encode(
                                      value, java.nio.charset.StandardCharsets.UTF_8))
                      .collect(Collectors.joining("&")));
    }
    List<Arbitrary<String>> fields = new ArrayList<>();
    operation
        .bodyFields()
        .forEach(
            (name, type) ->
                fields.add(
                    Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(
                            4, jsonValue(type).map(value -> quoted(name) + ":" + value)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just("")))));
    Arbitrary<String> object =
        fields.isEmpty()
            ? Arbitraries.just("{}")
            : Combinators.combine(fields)
                .as(
                    parts ->
                        "{"
                            + parts.stream()
                                .filter(part -> !part.isEmpty())
                                .collect(Collectors.joining(","))
                            + "}");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, object),
        net.jqwik.api.Tuple.of(
            1, object.map(json -> json.replaceFirst("\\{", "{\"extra_field\":[1,2],"))),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.of(
                "",
                "{",
                "}",
                "[]",
                "\"text\"",
                "{\"a\":1}}",
                "{'single':'quotes'}",
                "NaN",
                "[".repeat(3000) + "]".repeat(3000),
                "{\"a\":".repeat(2000) + "1" + "}".repeat(2000),
                "{\"name\":\"" + "z".repeat(200_000) + "\"}")));
  }

  @Provide
  Arbitrary<Call> calls() {
    return Arbitraries.of(operations)
        .flatMap(
            operation -> {
              Arbitrary<String> caller =
                  Arbitraries.of("anonymous", "user", "admin", "garbage", "forged")
                      .filter(
                          who ->
                              !(who.equals("admin")
                                  && operation.path().contains("/admin/faults")
                                  && !operation.method().equals("GET")));
              Arbitrary<Map<String, String>> pathValues = valuesFor(operation.pathParams());
              Arbitrary<Map<String, String>> query = valuesFor(operation.queryParams());
              return Combinators.combine(caller, pathValues, query, body(operation))
                  .as(
                      (who, path, q, body) ->
                          new Call(
                              operation, who, path, q, body, category(operation, path, q, body)));
            });
  }

  private static Arbitrary<Map<String, String>> valuesFor(List<String> names) {
    if (names.isEmpty()) {
      return Arbitraries.just(Map.of());
    }
    // A control character (%00-%1F, %7F) in a path, or a URL past the 8 KB field limit, is refused
    // by the container or the HTTP channel before any application (docs/security.md); bodies carry
    // those instead.
    Arbitrary<String> segment =
        hostileText()
            .filter(
                value ->
                    !value.isBlank()
                        && value.chars().noneMatch(c -> c < 0x20 || c == 0x7f)
                        && value.length() < 1000);
    List<Arbitrary<String>> values = names.stream().map(name -> segment).toList();
    return Combinators.combine(values)
        .as(
            list -> {
              Map<String, String> map = new LinkedHashMap<>();
              for (int i = 0; i < names.size(); i++) {
                map.put(names.get(i), list.get(i));
              }
              return map;
            });
  }

  private static String category(
      Operation operation, Map<String, String> path, Map<String, String> query, String body) {
    if (body.length() > 100_000 || body.startsWith("[[[") || body.startsWith("{\"a\":{")) {
      return "huge or deep body";
    }
    if (operation.mediaType() != null && !body.startsWith("{") && !body.isEmpty()) {
      return "malformed body";
    }
    if (!path.isEmpty()) {
      return "hostile path segment";
    }
    if (!query.isEmpty()) {
      return "hostile query";
    }
    return operation.mediaType() != null ? "schema-shaped body" : "plain call";
  }

  @Property(tries = TRIES, seed = SEED)
  void should_answer_every_generated_request_below_500_with_a_problem_for_each_refusal(
      @ForAll("calls") Call call) {
    Operation operation = call.operation();
    // The URL is encoded here, not by REST Assured, which would read a "{...}" inside a value as a
    // template of its own.
    RequestSpecification request = Store.request().urlEncodingEnabled(false);
    String token = tokens.get(call.caller());
    if (!token.isEmpty()) {
      request.header("Authorization", "Bearer " + token);
    }
    request.header("X-User-ID", "admin").header("X-Forwarded-For", "10.0.0.1");
    if (operation.mediaType() != null) {
      request.contentType(operation.mediaType() + "; charset=UTF-8").body(call.body());
    }
    Response answer = request.request(operation.method(), url(operation.path(), call));
    int status = answer.statusCode();
    CASES.computeIfAbsent(call.category(), key -> new AtomicInteger()).incrementAndGet();
    STATUSES.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
    if (status >= 500) {
      SERVER_ERRORS.incrementAndGet();
    }
    String text = answer.asString();
    boolean problem =
        status < 400
            || (Objects.toString(answer.contentType(), "").startsWith("application/problem+json")
                && !text.contains("Exception")
                && !text.contains("CWW")
                && !text.contains("at com."));
    // The one refusal no application sees: Liberty's web container answers an encoded traversal
    // out of the context root itself, with its own 400 line (docs/security.md, known gaps). It is
    // counted, and it still must be a 400.
    boolean byTheContainer = status == 400 && text.contains("CWWWC0005I");
    if (byTheContainer) {
      BY_THE_CONTAINER.incrementAndGet();
      problem = true;
    }
    if (!problem) {
      NOT_PROBLEMS.incrementAndGet();
    }
    boolean bypass =
        operation.needsToken()
            && !call.caller().equals("user")
            && !call.caller().equals("admin")
            && status < 300;
    if (bypass) {
      BYPASSES.incrementAndGet();
    }
    assertThat(bypass)
        .as("%s %s answered %d to %s", operation.method(), operation.path(), status, call.caller())
        .isFalse();
    assertThat(status)
        .as(
            "%s %s as %s %s %s",
            operation.method(), operation.path(), call.caller(), call.pathValues(), call.query())
        .isBetween(200, 499);
    assertThat(problem)
        .as(
            "%s %s answered %d with %s: %.200s",
            operation.method(), operation.path(), status, answer.contentType(), text)
        .isTrue();
  }

  @AfterContainer
  static void printTheCounts() {
    System.out.printf(
        "[fuzz] seed %s: %d requests; by kind %s; by status %s; 5xx: %d; bypasses: %d; refusals not problem+json: %d; 400s by the container itself: %d%n",
        SEED,
        CASES.values().stream().mapToInt(AtomicInteger::get).sum(),
        new TreeMap<>(CASES),
        new TreeMap<>(STATUSES),
        SERVER_ERRORS.get(),
        BYPASSES.get(),
        NOT_PROBLEMS.get(),
        BY_THE_CONTAINER.get());
    Store.request().get("/health/ready").then().statusCode(200);
  }

  private static String url(String template, Call call) {
    String path = template;
    for (Map.Entry<String, String> value : call.pathValues().entrySet()) {
      path = path.replace("{" + value.getKey() + "}", encoded(value.getValue()));
    }
    String query =
        call.query().entrySet().stream()
            .map(entry -> entry.getKey() + "=" + encoded(entry.getValue()))
            .collect(Collectors.joining("&"));
    return query.isEmpty() ? path : path + "?" + query;
  }

  private static String encoded(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static String quoted(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
