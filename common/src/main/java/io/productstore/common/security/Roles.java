package io.productstore.common.security;

/** The three roles of the store, carried in the token's {@code groups} claim. */
public final class Roles {

  public static final String USER = "user";
  public static final String ADMIN = "admin";

  /** Machine identity between services; never given to a person. */
  public static final String SERVICE = "service";

  private Roles() {}
}
