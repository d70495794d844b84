package io.productstore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.productstore.testing.ApiDoc;
import io.productstore.testing.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** docs/api.md is what the server's /openapi says, route for route. */
@MicroShedTest
class ApiDocIT {

  private static final Path DOC = Path.of("..", "docs", "api.md");

  @BeforeAll
  static void serverIsReady() {
    Store.awaitReady(Duration.ofSeconds(120));
  }

  @Test
  void should_document_exactly_the_routes_the_server_serves() throws IOException {
    String openApi = Shop.openApi().asString();
    String rendered = ApiDoc.render(openApi);
    Path fresh = Path.of("target", "api.md");
    Files.writeString(fresh, rendered, StandardCharsets.UTF_8);

    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as(
            "docs/api.md differs from /openapi; run ./store api-doc (or cp liberty-config/%s docs/)",
            fresh)
        .isEqualTo(rendered);
  }
}
