package io.productstore.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files (infra/docker-compose.yml, infra/k8s/product-store.yaml) give the servers
 * what they read, under the names they read it, on the ports they listen on: a variable renamed in
 * a server.xml or a config key renamed in the code fails here, not in a cluster.
 */
class DeploymentFilesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Map<String, Integer> PORTS =
      Map.of("product", 9081, "cart", 9082, "order", 9083, "user", 9084);
  private static final List<String> MODULES =
      List.of("common", "product-war", "cart-war", "order-war", "user-war", "liberty-config");

  /** Keys Liberty's features read themselves (MicroProfile JWT's public key). */
  private static final Set<String> FEATURE_KEYS = Set.of("mp.jwt.verify.publickey.location");

  private final Servers servers = new Servers();

  @Test
  void everyVariableTheComposeFileGivesIsReadByTheServers() {
    Map<String, Map<String, String>> compose = composeEnvironments();
    assertThat(compose).containsOnlyKeys(PORTS.keySet());
    compose.forEach(
        (service, env) -> assertThat(servers.unread(env.keySet())).as(service).isEmpty());
  }

  @Test
  void everyVariableTheKubernetesFilesGiveIsReadByTheServers() {
    Map<String, Map<String, String>> k8s = kubernetesEnvironments();
    assertThat(k8s).containsOnlyKeys(PORTS.keySet());
    k8s.forEach((service, env) -> assertThat(servers.unread(env.keySet())).as(service).isEmpty());
  }

  @Test
  void everyVariableAServerNeedsWithoutADefaultIsGiven() {
    for (Map<String, Map<String, String>> shape :
        List.of(composeEnvironments(), kubernetesEnvironments())) {
      shape.forEach(
          (service, env) ->
              assertThat(env.keySet()).as(service).containsAll(servers.required(service)));
    }
  }

  @Test
  void eachServiceListensWhereItsServerDoesAndIsProbedOnItsHealthRoutes() {
    composeEnvironments()
        .forEach(
            (service, env) ->
                assertThat(env.get("HTTP_PORT"))
                    .as(service)
                    .isEqualTo(String.valueOf(servers.httpPort(service))));
    for (Map<String, Object> deployment : kinds("Deployment")) {
      String service = (String) at(deployment, "metadata", "name");
      Map<String, Object> container = container(deployment);
      Integer http =
          list(container.get("ports")).stream()
              .filter(p -> "http".equals(p.get("name")))
              .map(p -> (Integer) p.get("containerPort"))
              .findFirst()
              .orElseThrow();
      assertThat(http).as(service).isEqualTo(servers.httpPort(service));
      assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/health/started");
      assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/health/ready");
      assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/health/live");
      assertThat(at(container, "resources", "limits", "memory")).as(service).isNotNull();
    }
    PORTS.forEach(
        (service, port) -> {
          assertThat(servers.httpPort(service)).isEqualTo(port);
          assertThat(read("infra/docker/nginx.Dockerfile")).contains(service + ":" + port);
          assertThat(read("infra/compose/prometheus.yml"))
              .contains("names: [" + service + "]\n        type: A\n        port: " + port);
        });
  }

  @Test
  void cartAndOrderRunTwiceAndCassandraThreeTimesWithABudget() {
    Map<String, Object> compose = yaml(read("infra/docker-compose.yml")).get(0);
    Map<String, Object> services = map(compose.get("services"));
    assertThat(services).containsKeys("cassandra-1", "cassandra-2", "cassandra-3", "nginx");
    for (String twice : List.of("cart", "order")) {
      assertThat(at(map(services.get(twice)), "deploy", "replicas")).isEqualTo(2);
    }
    Map<String, Object> deployments = new HashMap<>();
    kinds("Deployment")
        .forEach(
            d -> deployments.put((String) at(d, "metadata", "name"), at(d, "spec", "replicas")));
    assertThat(deployments).containsEntry("cart", 2).containsEntry("order", 2);
    assertThat(kinds("StatefulSet"))
        .singleElement()
        .satisfies(s -> assertThat(at(s, "spec", "replicas")).isEqualTo(3));
    assertThat(kinds("PodDisruptionBudget")).hasSize(PORTS.size() + 1);
  }

  // --- what the servers read ---------------------------------------------------------------

  /** The names the servers read: server.xml variables and MicroProfile Config keys. */
  private static final class Servers {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
    private static final Pattern DEFAULTED =
        Pattern.compile("<variable name=\"([A-Z0-9_]+)\" defaultValue=");
    private static final Pattern INCLUDE =
        Pattern.compile("<include location=\"fragments/([^\"]+)\"");
    private static final Pattern CODE_KEY =
        Pattern.compile(
            "(?:getOptionalValue|getValue|name\\s*=)\\s*\\(?\\s*\"([a-z][a-z0-9.-]*)\"");

    final Set<String> variables = new HashSet<>();
    final Set<String> envKeys = new HashSet<>();
    final Set<String> envPrefixes = new HashSet<>();

    Servers() {
      liberty()
          .forEach(
              file ->
                  REFERENCE.matcher(read(file)).results().forEach(m -> variables.add(m.group(1))));
      liberty()
          .forEach(
              file ->
                  DEFAULTED.matcher(read(file)).results().forEach(m -> variables.add(m.group(1))));
      List<String> keys = new ArrayList<>(FEATURE_KEYS);
      files("glob:**/src/main/resources/META-INF/microprofile-config.properties")
          .forEach(
              file ->
                  read(file)
                      .lines()
                      .filter(line -> line.matches("[a-z][a-z0-9.-]*=.*"))
                      .forEach(line -> keys.add(line.substring(0, line.indexOf('=')))));
      files("glob:**/src/main/java/**.java")
          .forEach(
              file -> CODE_KEY.matcher(read(file)).results().forEach(m -> keys.add(m.group(1))));
      for (String key : keys) {
        (key.endsWith(".") ? envPrefixes : envKeys).add(env(key));
      }
    }

    /** Of these names, those no server reads (OTEL_* belong to the telemetry feature). */
    Set<String> unread(Set<String> names) {
      Set<String> unread = new TreeSet<>();
      for (String name : names) {
        boolean read =
            variables.contains(name)
                || envKeys.contains(name)
                || name.startsWith("OTEL_")
                || envPrefixes.stream().anyMatch(name::startsWith);
        if (!read) {
          unread.add(name);
        }
      }
      return unread;
    }

    /** The variables the service's server.xml and its fragments use and default nowhere. */
    Set<String> required(String service) {
      String server = read("%s-war/src/main/liberty/config/server.xml".formatted(service));
      Set<String> used = new TreeSet<>();
      Set<String> defaulted = new HashSet<>();
      List<String> texts = new ArrayList<>(List.of(server));
      INCLUDE
          .matcher(server)
          .results()
          .forEach(
              m ->
                  texts.add(
                      read("liberty-config/src/main/liberty/shared/fragments/" + m.group(1))));
      for (String text : texts) {
        REFERENCE.matcher(text).results().forEach(m -> used.add(m.group(1)));
        DEFAULTED.matcher(text).results().forEach(m -> defaulted.add(m.group(1)));
      }
      used.removeAll(defaulted);
      used.add(env("mp.jwt.verify.publickey.location"));
      PORTS.keySet().forEach(s -> used.add("STORE_CLIENT_SECRET_" + s.toUpperCase(Locale.ROOT)));
      return used;
    }

    int httpPort(String service) {
      Matcher port =
          Pattern.compile("<variable name=\"HTTP_PORT\" defaultValue=\"(\\d+)\"")
              .matcher(read("%s-war/src/main/liberty/config/server.xml".formatted(service)));
      assertThat(port.find()).as(service).isTrue();
      return Integer.parseInt(port.group(1));
    }

    private static List<String> liberty() {
      return files("glob:**/src/main/liberty/**.xml");
    }

    /**
     * MicroProfile Config's environment form of a key: cassandra.contact-points →
     * CASSANDRA_CONTACT_POINTS.
     */
    static String env(String key) {
      return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
  }

  // --- what the files give -----------------------------------------------------------------

  private static Map<String, Map<String, String>> composeEnvironments() {
    Map<String, Object> services =
        map(yaml(read("infra/docker-compose.yml")).get(0).get("services"));
    Map<String, Map<String, String>> environments = new HashMap<>();
    services.forEach(
        (name, service) -> {
          if (PORTS.containsKey(name)) {
            Map<String, String> env = new HashMap<>();
            map(map(service).get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
            environments.put(name, env);
          }
        });
    return environments;
  }

  private static Map<String, Map<String, String>> kubernetesEnvironments() {
    Map<String, String> shared = new HashMap<>();
    kinds("ConfigMap")
        .forEach(c -> map(c.get("data")).forEach((k, v) -> shared.put(k, (String) v)));
    Map<String, Map<String, String>> environments = new HashMap<>();
    for (Map<String, Object> deployment : kinds("Deployment")) {
      Map<String, String> env = new HashMap<>(shared);
      list(container(deployment).get("env"))
          .forEach(e -> env.put((String) e.get("name"), String.valueOf(e.get("value"))));
      environments.put((String) at(deployment, "metadata", "name"), env);
    }
    return environments;
  }

  private static List<Map<String, Object>> kinds(String kind) {
    return yaml(read("infra/k8s/product-store.yaml")).stream()
        .filter(o -> kind.equals(o.get("kind")))
        .toList();
  }

  private static Map<String, Object> container(Map<String, Object> deployment) {
    return list(at(deployment, "spec", "template", "spec", "containers")).get(0);
  }

  // --- YAML and files ----------------------------------------------------------------------

  private static List<Map<String, Object>> yaml(String text) {
    List<Map<String, Object>> documents = new ArrayList<>();
    new Yaml(new LoaderOptions()).loadAll(text).forEach(d -> documents.add(map(d)));
    return documents;
  }

  private static Object at(Map<String, Object> node, String... path) {
    Object current = node;
    for (String key : path) {
      current = current == null ? null : map(current).get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    return node == null ? Map.of() : (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object node) {
    return node == null ? List.of() : (List<Map<String, Object>>) node;
  }

  /** The files of the servers' modules' sources that match the glob. */
  private static List<String> files(String glob) {
    var matcher = ROOT.getFileSystem().getPathMatcher(glob);
    List<String> found = new ArrayList<>();
    for (String module : MODULES) {
      try (Stream<Path> paths = Files.walk(ROOT.resolve(module).resolve("src"))) {
        paths.filter(matcher::matches).forEach(p -> found.add(ROOT.relativize(p).toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  private static String read(String file) {
    try {
      return Files.readString(ROOT.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
