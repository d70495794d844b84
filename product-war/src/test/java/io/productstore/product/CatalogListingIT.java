package io.productstore.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.productstore.testing.DeployedWarTest;
import io.productstore.testing.Store;
import io.productstore.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 2,000 products seeded through the API, then every listing checked against the same answer
 * computed here from what was seeded: filters, global sort, exact totals, stable pages.
 */
class CatalogListingIT extends DeployedWarTest {

  private static final String ADMIN = TestTokens.valid("catalog_it_admin", "user", "admin");
  private static final String RUN = Long.toString(System.nanoTime(), 36);
  private static final List<String> CATEGORIES =
      List.of("Молочные " + RUN, "Tools " + RUN, "Books " + RUN, "Toys " + RUN);
  private static final String[] WORDS = {
    "Молоко", "Кефир", "hammer", "Drill", "novel", "Atlas", "Робот", "kite"
  };

  /** What the test seeded: name, category, price. */
  record Seeded(String id, String name, String category, BigDecimal price) {}

  private static final List<Seeded> seeded = new ArrayList<>();

  @BeforeAll
  static void seed() throws Exception {
    Store.awaitReady(Duration.ofSeconds(90));
    Random random = new Random(42);
    List<Callable<Seeded>> creates = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      String name =
          WORDS[random.nextInt(WORDS.length)] + " " + (random.nextInt(90) + 10) + " №" + i;
      String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
      BigDecimal price = BigDecimal.valueOf(random.nextInt(1_000_000) + 1, 2);
      creates.add(
          () ->
              new Seeded(
                  Store.as(ADMIN)
                      .contentType(ContentType.JSON)
                      .body(
                          Map.of(
                              "name", name, "category", category, "price", price, "stock_count", 5))
                      .post("/api/products/")
                      .then()
                      .statusCode(201)
                      .extract()
                      .path("product_id"),
                  name,
                  category,
                  price));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (var created : pool.invokeAll(creates)) {
      seeded.add(created.get());
    }
    pool.shutdown();
  }

  private static List<String> expected(
      String category, BigDecimal min, BigDecimal max, String q, Comparator<Seeded> order) {
    return seeded.stream()
        .filter(s -> category == null || s.category().equals(category))
        .filter(s -> min == null || s.price().compareTo(min) >= 0)
        .filter(s -> max == null || s.price().compareTo(max) <= 0)
        .filter(
            s ->
                q == null || s.name().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
        .sorted(order.thenComparing(Seeded::id))
        .map(Seeded::id)
        .toList();
  }

  /** Every page of the listing, concatenated, with the total each page reported. */
  private static List<String> allPages(
      String path, Map<String, Object> params, int limit, int total) {
    List<String> ids = new ArrayList<>();
    for (int skip = 0; skip < total + limit; skip += limit) {
      JsonPath page =
          Store.request()
              .queryParams(params)
              .queryParam("skip", skip)
              .queryParam("limit", limit)
              .get(path)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(page.getInt("total")).isEqualTo(total);
      assertThat(page.getInt("page")).isEqualTo(skip / limit + 1);
      assertThat(page.getInt("pages")).isEqualTo((total + limit - 1) / limit);
      ids.addAll(page.getList("items.product_id"));
    }
    return ids;
  }

  @Test
  void should_filter_by_category_and_price_and_sort_by_price_globally_with_exact_totals() {
    String category = CATEGORIES.get(0);
    BigDecimal min = new BigDecimal("1000.00");
    BigDecimal max = new BigDecimal("7000.50");
    List<String> expected =
        expected(
            category,
            min,
            max,
            null,
            Comparator.comparing(Seeded::price)
                .reversed()
                .thenComparing(Seeded::name, String.CASE_INSENSITIVE_ORDER.reversed()));

    List<String> actual =
        allPages(
            "/api/products/",
            Map.of(
                "category",
                category,
                "min_price",
                min,
                "max_price",
                max,
                "sort_by",
                "price",
                "sort_order",
                "desc"),
            37,
            expected.size());

    assertThat(expected).hasSizeGreaterThan(50);
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void should_match_q_case_insensitively_as_a_substring_of_the_name_sorted_by_name() {
    String category = CATEGORIES.get(1);
    List<String> expected =
        expected(
            category,
            null,
            null,
            "МОЛ",
            Comparator.comparing(Seeded::name, String.CASE_INSENSITIVE_ORDER));

    List<String> actual =
        allPages("/api/products/by-category/" + category, Map.of("q", "МОЛ"), 20, expected.size());

    assertThat(expected).isNotEmpty();
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void should_list_every_product_for_admins_only_with_an_exact_total() {
    int total =
        Store.as(ADMIN)
            .queryParam("limit", 1)
            .get("/api/products/")
            .then()
            .statusCode(200)
            .extract()
            .path("total");
    assertThat(total).isGreaterThanOrEqualTo(seeded.size());
    Store.as(TestTokens.valid("catalog_it_user", "user"))
        .get("/api/products/")
        .then()
        .statusCode(403)
        .body("detail", containsString("category"));
    Store.request().get("/api/products/").then().statusCode(403);
    Store.request()
        .queryParam("category", CATEGORIES.get(2))
        .get("/api/products")
        .then()
        .statusCode(200)
        .body(
            "total",
            equalTo(
                (int) seeded.stream().filter(s -> s.category().equals(CATEGORIES.get(2))).count()));
  }

  @Test
  void should_refuse_bad_listing_parameters_with_4xx() {
    String category = CATEGORIES.get(0);
    Store.request()
        .queryParams(Map.of("category", category, "min_price", 10, "max_price", 5))
        .get("/api/products/")
        .then()
        .statusCode(400);
    Store.request()
        .queryParams(Map.of("category", category, "sort_by", "stock"))
        .get("/api/products/")
        .then()
        .statusCode(422);
    Store.request()
        .queryParams(Map.of("category", category, "limit", 101))
        .get("/api/products/")
        .then()
        .statusCode(422);
    Store.request()
        .queryParams(Map.of("category", category, "min_price", "cheap"))
        .get("/api/products/")
        .then()
        .statusCode(422);
  }

  @Test
  void should_count_categories_live_as_products_move_and_go() {
    String home = "Перемещения " + RUN;
    String away = "Moved " + RUN;
    String id =
        Store.as(ADMIN)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "Коробка", "category", home, "price", 3.5, "stock_count", 1))
            .post("/api/products/")
            .then()
            .statusCode(201)
            .extract()
            .path("product_id");
    assertThat(count(home)).isEqualTo(1);

    Store.as(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("category", away))
        .put("/api/products/" + id)
        .then()
        .statusCode(200)
        .body("category", equalTo(away));
    assertThat(count(home)).isZero();
    assertThat(count(away)).isEqualTo(1);

    Store.as(ADMIN).delete("/api/products/" + id).then().statusCode(204);
    assertThat(count(away)).isZero();
    Store.as(ADMIN).delete("/api/products/" + id).then().statusCode(404);

    for (String category : CATEGORIES) {
      assertThat(count(category))
          .as(category)
          .isEqualTo(seeded.stream().filter(s -> s.category().equals(category)).count());
    }
  }

  private static long count(String category) {
    List<Map<String, Object>> categories =
        Store.request()
            .get("/api/products/categories/list")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    return categories.stream()
        .filter(c -> category.equals(c.get("name")))
        .mapToLong(c -> ((Number) c.get("product_count")).longValue())
        .sum();
  }

  @Test
  void should_update_only_the_given_fields_and_refuse_null_on_required_ones() {
    String id = seeded.get(0).id();
    Store.as(ADMIN)
        .contentType(ContentType.JSON)
        .body("{\"price\": 12.30, \"description\": \"Свежее\"}")
        .put("/api/products/" + id)
        .then()
        .statusCode(200)
        .body("price", equalTo(12.3f))
        .body("name", equalTo(seeded.get(0).name()))
        .body("description", equalTo("Свежее"));
    Store.as(ADMIN)
        .contentType(ContentType.JSON)
        .body("{\"name\": null}")
        .put("/api/products/" + id)
        .then()
        .statusCode(422);
    Store.as(ADMIN)
        .contentType(ContentType.JSON)
        .body("{\"price\": 1.234}")
        .put("/api/products/" + id)
        .then()
        .statusCode(422);
    Store.as(TestTokens.valid("catalog_it_user", "user"))
        .contentType(ContentType.JSON)
        .body("{\"price\": 1}")
        .put("/api/products/" + id)
        .then()
        .statusCode(403);
    Store.request().delete("/api/products/" + id).then().statusCode(401);
    Store.request()
        .contentType(ContentType.JSON)
        .body("{\"price\": 1}")
        .put("/api/products/" + id)
        .then()
        .statusCode(401);
    Store.as(TestTokens.valid("catalog_it_user", "user"))
        .delete("/api/products/" + id)
        .then()
        .statusCode(403);
  }
}
