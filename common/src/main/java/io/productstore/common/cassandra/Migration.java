package io.productstore.common.cassandra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One versioned CQL file, {@code cql/V001.cql}, {@code cql/V002.cql}, ...: statements separated by
 * a semicolon at the end of a line, {@code --} comments, the first comment being the description.
 */
public record Migration(int version, String description, String checksum, List<String> statements) {

  static final String LOCATION = "cql/V%03d.cql";

  /** Reads every migration on the class path, in version order, stopping at the first gap. */
  public static List<Migration> loadAll(ClassLoader loader) {
    List<Migration> all = new ArrayList<>();
    for (int version = 1; ; version++) {
      Optional<Migration> next = load(loader, version);
      if (next.isEmpty()) {
        return all;
      }
      all.add(next.get());
    }
  }

  private static Optional<Migration> load(ClassLoader loader, int version) {
    String path = String.format(LOCATION, version);
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(parse(version, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + path, e);
    }
  }

  static Migration parse(int version, String text) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String description = "";
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--")) {
        if (description.isEmpty() && statements.isEmpty() && current.isEmpty()) {
          description = trimmed.substring(2).strip();
        }
        continue;
      }
      if (trimmed.isEmpty()) {
        continue;
      }
      current.append(current.isEmpty() ? "" : "\n").append(line.stripTrailing());
      if (trimmed.endsWith(";")) {
        statements.add(current.substring(0, current.length() - 1).strip());
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      statements.add(current.toString().strip());
    }
    return new Migration(version, description, sha256(statements), List.copyOf(statements));
  }

  private static String sha256(List<String> statements) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] bytes = String.join(";\n", statements).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(Arrays.copyOf(digest.digest(bytes), 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
