package io.productstore.user.api;

/**
 * The OAuth2 token response: {access_token, token_type, expires_in, refresh_token}; service tokens
 * (client credentials) carry no refresh token.
 */
public record TokenResponse(
    String accessToken, String tokenType, long expiresIn, String refreshToken) {}
