package io.productstore.common.cassandra;

import java.util.regex.Pattern;

/** Keyspace names end up in DDL text, so only plain CQL identifiers are accepted. */
final class Identifiers {

  private static final Pattern SIMPLE = Pattern.compile("[a-z][a-z0-9_]{0,47}");

  private Identifiers() {}

  static String requireSimple(String name) {
    if (name == null || !SIMPLE.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a plain lower-case CQL identifier: " + name);
    }
    return name;
  }
}
