package io.productstore.user.domain;

import java.util.Arrays;

/**
 * Not a test: prints what one password verification costs at several work factors, to choose {@code
 * user.password.iterations} (target 20-100 ms per login on the production machine).
 *
 * <pre>
 * ./mvnw -q -pl user-war test-compile && java -cp user-war/target/classes:user-war/target/test-classes \
 *     io.productstore.user.domain.PasswordHashBenchmark</pre>
 */
public final class PasswordHashBenchmark {

  private PasswordHashBenchmark() {}

  public static void main(String[] args) {
    int[] workFactors = {50_000, 100_000, 150_000, 210_000, 310_000};
    for (int iterations : workFactors) {
      PasswordHasher hasher = new PasswordHasher(iterations);
      String stored = hasher.hash("correct horse battery");
      for (int warmup = 0; warmup < 3; warmup++) {
        hasher.matches("correct horse battery", stored);
      }
      double[] millis = new double[15];
      for (int i = 0; i < millis.length; i++) {
        long started = System.nanoTime();
        hasher.matches("correct horse battery", stored);
        millis[i] = (System.nanoTime() - started) / 1e6;
      }
      Arrays.sort(millis);
      System.out.printf(
          "PBKDF2-HMAC-SHA256 %,8d iterations: verify p50 %6.1f ms, min %6.1f ms, max %6.1f ms%n",
          iterations, millis[millis.length / 2], millis[0], millis[millis.length - 1]);
    }
  }
}
