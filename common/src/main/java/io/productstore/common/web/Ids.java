package io.productstore.common.web;

import io.productstore.common.problem.ProblemException;
import java.util.UUID;

/** Ids in paths: a malformed id names nothing, so it is a 404 like an unknown one, never a 500. */
public final class Ids {

  private Ids() {}

  public static UUID parse(String id, String notFoundDetail) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound(notFoundDetail);
    }
  }
}
