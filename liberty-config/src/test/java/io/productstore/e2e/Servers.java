package io.productstore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.productstore.testing.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Stops, kills and starts the all-in-one test server with the Liberty scripts. */
final class Servers {

  static final String STORE = "store-it";

  private Servers() {}

  /** A clean stop and start, then readiness again. */
  static void restart(String server) throws IOException, InterruptedException {
    liberty("stop", server);
    start(server);
  }

  /** kill -9 of the server's JVM: no shutdown hook, no clean close of anything. */
  static void kill(String server) {
    List<ProcessHandle> jvms =
        ProcessHandle.allProcesses()
            .filter(
                process ->
                    process
                        .info()
                        .arguments()
                        .map(
                            args ->
                                Arrays.asList(args).contains(server)
                                    && Arrays.stream(args)
                                        .anyMatch(a -> a.contains("ws-server.jar")))
                        .orElse(false))
            .toList();
    assertThat(jvms).as("the JVM of server " + server).isNotEmpty();
    jvms.forEach(ProcessHandle::destroyForcibly);
    jvms.forEach(jvm -> jvm.onExit().join());
  }

  static void start(String server) throws IOException, InterruptedException {
    liberty("start", server);
    Store.awaitReady(Duration.ofSeconds(180));
  }

  private static void liberty(String action, String server)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(System.getProperty("wlp.home") + "/bin/server", action, server)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(process.waitFor()).as("server " + action + " " + server).isZero();
  }
}
