package io.productstore.product.tools;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Not a test: prints req/s and p50/p99 latency of the catalog's hot reads against a running, seeded
 * store, each beside a baseline measured in the same run (the trivial welcome route), so the
 * figures are ratios a slower machine still reproduces. Run by {@code ./store bench}.
 */
public final class CatalogBenchmark {

  private static final int CLIENTS = 16;
  private static final long SECONDS = 10;

  private CatalogBenchmark() {}

  /** What one scenario measured. */
  record Figures(String name, double perSecond, double p50, double p99, int errors) {}

  public static void main(String[] args) throws Exception {
    StoreClient store = StoreClient.fromEnvironment();
    List<String> ids = sampleIds(store);
    Random random = new Random(7);
    String category = enc(CatalogSeeder.CATEGORIES.get(0));
    List<Figures> results = new ArrayList<>();
    results.add(run(store, "baseline: GET /api/ (welcome)", () -> store.get("/api/")));
    results.add(
        run(
            store,
            "GET /api/products/{id}",
            () -> store.get("/api/products/" + ids.get(random.nextInt(ids.size())))));
    results.add(
        run(
            store,
            "category page of 20 (by name)",
            () ->
                store.get(
                    "/api/products/by-category/"
                        + category
                        + "?limit=20&skip="
                        + 20 * random.nextInt(10))));
    results.add(
        run(
            store,
            "filtered + sorted page (price range, q, by price desc)",
            () ->
                store.get(
                    "/api/products/?category="
                        + category
                        + "&min_price=100&max_price=3000&q="
                        + enc("о")
                        + "&sort_by=price&sort_order=desc&limit=20")));
    Figures baseline = results.get(0);
    System.out.printf(
        "%n%-58s %10s %9s %9s %8s %7s%n",
        "scenario (" + CLIENTS + " clients, " + SECONDS + " s)",
        "req/s",
        "p50 ms",
        "p99 ms",
        "vs base",
        "errors");
    for (Figures f : results) {
      System.out.printf(
          "%-58s %,10.0f %9.2f %9.2f %7.2fx %7d%n",
          f.name(),
          f.perSecond(),
          f.p50(),
          f.p99(),
          f.perSecond() / baseline.perSecond(),
          f.errors());
    }
  }

  private static Figures run(StoreClient store, String name, Supplier<HttpRequest> request)
      throws Exception {
    for (int i = 0; i < 200; i++) {
      store.http.send(request.get(), HttpResponse.BodyHandlers.discarding());
    }
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
    List<Future<long[]>> work = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      work.add(
          clients.submit(
              () -> {
                List<Long> took = new ArrayList<>();
                long errors = 0;
                while (System.nanoTime() < deadline) {
                  long started = System.nanoTime();
                  int status =
                      store
                          .http
                          .send(request.get(), HttpResponse.BodyHandlers.discarding())
                          .statusCode();
                  took.add(System.nanoTime() - started);
                  errors += status == 200 ? 0 : 1;
                }
                long[] out = new long[took.size() + 1];
                out[0] = errors;
                for (int i = 0; i < took.size(); i++) {
                  out[i + 1] = took.get(i);
                }
                return out;
              }));
    }
    List<Long> all = new ArrayList<>();
    int errors = 0;
    for (Future<long[]> f : work) {
      long[] out = f.get();
      errors += (int) out[0];
      for (int i = 1; i < out.length; i++) {
        all.add(out[i]);
      }
    }
    clients.shutdown();
    long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return new Figures(
        name,
        sorted.length / (double) SECONDS,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.99)] / 1e6,
        errors);
  }

  private static List<String> sampleIds(StoreClient store) throws Exception {
    String body =
        store
            .http
            .send(
                store.get(
                    "/api/products/by-category/"
                        + enc(CatalogSeeder.CATEGORIES.get(1))
                        + "?limit=100"),
                HttpResponse.BodyHandlers.ofString())
            .body();
    List<String> ids = new ArrayList<>();
    jakarta.json.Json.createReader(new StringReader(body))
        .readObject()
        .getJsonArray("items")
        .getValuesAs(jakarta.json.JsonObject.class)
        .forEach(item -> ids.add(item.getString("product_id")));
    if (ids.isEmpty()) {
      throw new IllegalStateException("No products: seed first (./store seed 100000)");
    }
    return ids;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
