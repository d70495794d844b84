package io.productstore.common.concurrent;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Calls made side by side on an executor (the {@link FanOut} one in the server), waited for
 * together; a call's own failure reaches the caller as it was thrown, not wrapped.
 */
public final class Parallel {

  private Parallel() {}

  /** Starts {@code call} on {@code executor}. */
  public static <T> CompletableFuture<T> start(Supplier<T> call, Executor executor) {
    return CompletableFuture.supplyAsync(call, executor);
  }

  /** {@code call} for every item at once; the answers in the items' order. */
  public static <T, R> List<R> map(List<T> items, Function<T, R> call, Executor executor) {
    List<CompletableFuture<R>> calls =
        items.stream().map(item -> start(() -> call.apply(item), executor)).toList();
    return calls.stream().map(Parallel::join).toList();
  }

  /** The call's answer, or its own failure (a domain exception), not the future's wrapper. */
  public static <T> T join(CompletableFuture<T> call) {
    try {
      return call.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw e;
    }
  }
}
