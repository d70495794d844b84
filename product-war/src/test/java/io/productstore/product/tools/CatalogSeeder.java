package io.productstore.product.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads N products across categories through the public API (so every product gets its stock and
 * category count exactly as an admin's would), many requests in flight, printing progress. Run by
 * {@code ./store seed N} against a running store.
 */
public final class CatalogSeeder {

  static final List<String> CATEGORIES =
      List.of(
          "Молочные продукты",
          "Хлеб",
          "Овощи",
          "Фрукты",
          "Напитки",
          "Бакалея",
          "Электроника",
          "Книги",
          "Игрушки",
          "Инструменты",
          "Одежда",
          "Спорт");
  private static final String[] NOUNS = {
    "Молоко",
    "Кефир",
    "Батон",
    "Морковь",
    "Яблоко",
    "Сок",
    "Гречка",
    "Наушники",
    "Роман",
    "Конструктор",
    "Дрель",
    "Куртка",
    "Мяч",
    "Cheese",
    "Laptop"
  };
  private static final String[] ADJECTIVES = {
    "свежий", "домашний", "лучший", "classic", "pro", "эко", "большой", "mini", "премиум", "новый"
  };

  private CatalogSeeder() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    StoreClient store = StoreClient.fromEnvironment();
    Semaphore slots = new Semaphore(inFlight);
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    Random random = new Random();
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      slots.acquire();
      store
          .http
          .sendAsync(
              store.post("/api/products/", product(random, i)),
              HttpResponse.BodyHandlers.discarding())
          .whenComplete(
              (response, error) -> {
                if (error != null || response.statusCode() != 201) {
                  failed.incrementAndGet();
                }
                slots.release();
                int n = done.incrementAndGet();
                if (n % 1000 == 0 || n == count) {
                  double seconds = (System.nanoTime() - started) / 1e9;
                  System.out.printf(
                      "seeded %,d / %,d products (%,.0f/s, %d failed)%n",
                      n, count, n / seconds, failed.get());
                }
              });
    }
    slots.acquire(inFlight);
    if (failed.get() > 0) {
      System.exit(1);
    }
  }

  static JsonObject product(Random random, int i) {
    String name =
        NOUNS[random.nextInt(NOUNS.length)]
            + " "
            + ADJECTIVES[random.nextInt(ADJECTIVES.length)]
            + " "
            + i;
    return Json.createObjectBuilder()
        .add("name", name)
        .add("category", CATEGORIES.get(random.nextInt(CATEGORIES.size())))
        .add("price", BigDecimal.valueOf(random.nextInt(500_000) + 1, 2))
        .add("stock_count", random.nextInt(1000))
        .add("manufacturer", "Seeder")
        .build();
  }
}
