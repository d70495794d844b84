package io.productstore.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What ran the benchmark: the server's and Cassandra's processes, memory, JVM and flags. */
final class Processes {

  private Processes() {}

  /** Lines of "what: value" for the report. */
  static Map<String, String> describe() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("machine", Runtime.getRuntime().availableProcessors() + " cores, " + memTotal());
    Optional<ProcessHandle> server = find("ws-server.jar");
    Optional<ProcessHandle> cassandra = find("CassandraDaemon");
    server.ifPresent(
        p -> {
          facts.put("server RSS", rss(p.pid()));
          facts.put(
              "server JVM", jcmd(p.pid(), "VM.version").lines().skip(1).findFirst().orElse("?"));
          facts.put(
              "server flags", jcmd(p.pid(), "VM.flags").lines().skip(1).findFirst().orElse("?"));
        });
    cassandra.ifPresent(
        p -> {
          facts.put("Cassandra RSS", rss(p.pid()));
          facts.put(
              "Cassandra flags", jcmd(p.pid(), "VM.flags").lines().skip(1).findFirst().orElse("?"));
        });
    if (server.isPresent() && cassandra.isPresent()) {
      facts.put(
          "server + Cassandra RSS",
          String.format(
              java.util.Locale.ROOT,
              "%.2f GB",
              (rssKb(server.get().pid()) + rssKb(cassandra.get().pid())) / 1024.0 / 1024.0));
    }
    facts.put(
        "client", "this JVM, " + System.getProperty("java.vm.name") + " " + Runtime.version());
    return facts;
  }

  private static Optional<ProcessHandle> find(String marker) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .findFirst();
  }

  static long rssKb(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> line.replaceAll("\\D", ""))
          .mapToLong(Long::parseLong)
          .findFirst()
          .orElse(0);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String rss(long pid) {
    return String.format(java.util.Locale.ROOT, "%.0f MB", rssKb(pid) / 1024.0);
  }

  private static String memTotal() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
    } catch (IOException e) {
      return "?";
    }
  }

  private static String jcmd(long pid, String command) {
    try {
      Process jcmd =
          new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
      String out =
          new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      jcmd.waitFor();
      return out.trim();
    } catch (IOException e) {
      return "?";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }
}
