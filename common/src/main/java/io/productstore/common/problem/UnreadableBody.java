package io.productstore.common.problem;

import jakarta.json.bind.JsonbException;

/**
 * A request body that is well-formed JSON but not of the types the route reads; its message says
 * what was wrong and becomes the 400's detail ({@link JsonbExceptionMapper}).
 */
public class UnreadableBody extends JsonbException {

  private static final long serialVersionUID = 1L;

  public UnreadableBody(String message) {
    super(message);
  }
}
