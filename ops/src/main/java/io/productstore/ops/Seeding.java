package io.productstore.ops;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * What the benchmark reads and buys, made through the public API once and found again on the next
 * run: a catalogue in twelve categories, a small set of products with stock for a million sales,
 * and accounts with known passwords.
 */
final class Seeding {

  private static final List<String> CATEGORIES =
      List.of(
          "Электроника",
          "Книги",
          "Одежда",
          "Дом",
          "Сад",
          "Спорт",
          "Игрушки",
          "Красота",
          "Авто",
          "Продукты",
          "Зоотовары",
          "Канцелярия");
  private static final List<String> WORDS =
      List.of("новый", "отличный", "простой", "большой", "лёгкий", "умный", "тихий", "яркий");

  private final Http http;
  private final String admin;

  Seeding(Http http, String admin) {
    this.http = http;
    this.admin = admin;
  }

  static String category(int index) {
    return CATEGORIES.get(index % CATEGORIES.size());
  }

  /** Tops the catalogue up to {@code target} products over the categories. */
  void catalogue(int target, int categories) {
    long present = products();
    if (present >= target) {
      say("catalogue: %,d products already there (target %,d)", present, target);
      return;
    }
    int missing = (int) (target - present);
    say("catalogue: adding %,d products to the %,d there (8 clients)", missing, present);
    AtomicInteger made = new AtomicInteger();
    inParallel(
        missing,
        i -> {
          create(category(i % categories), "Товар " + (present + i), 1_000);
          int done = made.incrementAndGet();
          if (done % 10_000 == 0) {
            say("catalogue: %,d of %,d", done, missing);
          }
        });
  }

  /** Products with stock for every add and checkout of the run, created once. */
  List<String> stocked(String category, int count) {
    List<String> ids = ids(http, category, count);
    for (int i = ids.size(); i < count; i++) {
      ids.add(create(category, "Запас " + i, 1_000_000));
    }
    return ids;
  }

  /** {@code count} accounts bench_0 … with the password "bench-password-N", registered once. */
  List<String[]> users(int count) {
    List<String[]> users = new ArrayList<>();
    AtomicInteger registered = new AtomicInteger();
    inParallel(
        count,
        i -> {
          int status =
              http.send(
                      "POST",
                      "/user-api/users/register",
                      null,
                      Json.createObjectBuilder()
                          .add("username", "bench_" + i)
                          .add("password", "bench-password-" + i)
                          .add("full_name", "Bench " + i)
                          .build())
                  .status();
          if (status == 200) {
            registered.incrementAndGet();
          }
        });
    for (int i = 0; i < count; i++) {
      users.add(new String[] {"bench_" + i, "bench-password-" + i});
    }
    say(
        "users: %d registered now, %d there from earlier runs",
        registered.get(), count - registered.get());
    return users;
  }

  private String create(String category, String name, int stock) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    JsonObject body =
        Json.createObjectBuilder()
            .add("name", name + " " + WORDS.get(random.nextInt(WORDS.size())))
            .add("category", category)
            .add("price", BigDecimal.valueOf(random.nextInt(50, 500_000), 2))
            .add("stock_count", stock)
            .add("description", "Для бенчмарка")
            .add("manufacturer", "Bench")
            .build();
    Http.Answer answer = http.send("POST", "/api/products/", admin, body);
    if (answer.status() != 201) {
      throw new IllegalStateException(
          "Creating a product answered " + answer.status() + ": " + answer.body());
    }
    return answer.json().asJsonObject().getString("product_id");
  }

  /**
   * The catalogue's size from the live category counts: one small partition, where the total of an
   * unfiltered listing reads every product (seconds at 100,000 on a server just started).
   */
  private long products() {
    Http.Answer answer = http.get("/api/products/categories/list", admin);
    if (answer.status() != 200) {
      throw new IllegalStateException(
          "Listing the categories answered " + answer.status() + ": " + answer.body());
    }
    return answer.json().asJsonArray().stream()
        .mapToLong(category -> category.asJsonObject().getJsonNumber("product_count").longValue())
        .sum();
  }

  /** The first 100 products of the category, by name. */
  static List<String> ids(Http http, String category) {
    return ids(http, category, 100);
  }

  /**
   * Up to {@code wanted} ids of the category, a page of 100 at a time (the API's largest): a run
   * that found only the first page created the rest again, 100 more products every run.
   */
  static List<String> ids(Http http, String category, int wanted) {
    List<String> ids = new ArrayList<>();
    while (ids.size() < wanted) {
      String page =
          "/api/products/by-category/" + Bench.enc(category) + "?limit=100&skip=" + ids.size();
      List<JsonObject> items =
          ok(http, page).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
      items.stream().limit(wanted - ids.size()).forEach(p -> ids.add(p.getString("product_id")));
      if (items.size() < 100) {
        break;
      }
    }
    return ids;
  }

  /**
   * The answer to a GET that must succeed; a 503 (a server just started, its first reads slow) is
   * asked again, five times at most, two seconds apart.
   */
  static JsonValue ok(Http http, String path) {
    for (int attempt = 1; ; attempt++) {
      Http.Answer answer = http.get(path, null);
      if (answer.status() == 200) {
        return answer.json();
      }
      if (answer.status() != 503 || attempt == 5) {
        throw new IllegalStateException(
            "GET " + path + " answered " + answer.status() + ": " + answer.body());
      }
      say("GET %s answered 503 (attempt %d of 5), asking again in 2 s", path, attempt);
      try {
        Thread.sleep(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting to ask again", e);
      }
    }
  }

  /** Runs work(0) … work(count - 1) on 8 threads and waits for all. */
  static void inParallel(int count, java.util.function.IntConsumer work) {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      for (java.util.concurrent.Future<Void> done :
          pool.invokeAll(
              IntStream.range(0, count)
                  .<java.util.concurrent.Callable<Void>>mapToObj(
                      i ->
                          () -> {
                            work.accept(i);
                            return null;
                          })
                  .toList())) {
        done.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static void say(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
  }
}
