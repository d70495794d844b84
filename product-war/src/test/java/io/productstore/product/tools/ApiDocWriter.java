package io.productstore.product.tools;

import io.productstore.testing.ApiDoc;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes docs/api.md from the running store's /openapi ({@code ./store api-doc}). */
public final class ApiDocWriter {

  private ApiDocWriter() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:9080";
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/openapi"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(base + "/openapi answered HTTP " + answer.statusCode());
    }
    Path doc = Path.of(System.getProperty("store.root", "."), "docs", "api.md");
    Files.writeString(doc, ApiDoc.render(answer.body()), StandardCharsets.UTF_8);
    System.out.println("[store] wrote " + doc.normalize());
  }
}
