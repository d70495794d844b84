package io.productstore.user.api;

/** The OAuth2 token response: {access_token, token_type, expires_in}. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {}
