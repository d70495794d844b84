package io.productstore.common.http;

import java.net.http.HttpClient;
import java.time.Duration;

/** The JDK HTTP clients the services use besides the Rest Client (tokens, health probes). */
public final class HttpClients {

  private HttpClients() {}

  /**
   * A client that speaks HTTP/1.1. By default the JDK client asks for an h2c upgrade, which Liberty
   * grants, and then multiplexes every caller over one connection whose stream limit refuses
   * requests under load (found by the benchmark, docs/benchmarks/README.md).
   */
  public static HttpClient http11(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .build();
  }
}
