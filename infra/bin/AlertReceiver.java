import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * The webhook receiver Alertmanager delivers to (infra/alertmanager/alertmanager.yml): it records
 * every notification, one JSON line each, in a file, and shows them. Loopback unless a host is
 * given (the container of infra/docker-compose.yml listens on every interface of its network).
 *
 * <pre>java infra/bin/AlertReceiver.java PORT FILE [HOST]</pre>
 *
 * POST /critical, /warning: a notification (Alertmanager's webhook body) for that channel.
 * GET /notifications: every notification so far, as a JSON array ({received_at, channel, body}).
 * GET /: the same as a page a person reads.
 */
public final class AlertReceiver {

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    if (!Files.exists(file)) {
      Files.createFile(file);
    }
    String host = args.length > 2 ? args[2] : "127.0.0.1";
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
    server.createContext("/", exchange -> handle(exchange, file));
    server.start();
    System.out.println("[alerts] receiver on http://" + host + ":" + port + "/ writing " + file);
  }

  private static void handle(HttpExchange exchange, Path file) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if ("POST".equals(exchange.getRequestMethod())) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String line = "{\"received_at\":\"" + Instant.now() + "\",\"channel\":\""
          + path.replaceAll("[^a-z]", "") + "\",\"body\":" + body.replace('\n', ' ') + "}\n";
      synchronized (AlertReceiver.class) {
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      }
      reply(exchange, 200, "text/plain", "recorded\n");
    } else if ("/notifications".equals(path)) {
      reply(exchange, 200, "application/json",
          "[" + String.join(",", lines(file)) + "]");
    } else {
      StringBuilder page = new StringBuilder("<!doctype html><meta charset=utf-8>"
          + "<title>Alert notifications</title><h1>Alert notifications</h1><table border=1>"
          + "<tr><th>received</th><th>channel</th><th>notification</th></tr>");
      List<String> all = lines(file);
      for (int i = all.size() - 1; i >= 0; i--) {
        page.append("<tr><td colspan=3><pre>")
            .append(all.get(i).replace("&", "&amp;").replace("<", "&lt;"))
            .append("</pre></td></tr>");
      }
      reply(exchange, 200, "text/html; charset=utf-8", page.append("</table>").toString());
    }
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
  }

  private static void reply(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
