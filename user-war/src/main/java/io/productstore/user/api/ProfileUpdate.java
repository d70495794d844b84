package io.productstore.user.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /users/me}, as JSON or form: a missing or empty field stays unchanged. */
public record ProfileUpdate(
    @Size(max = 100) String fullName,
    @Pattern(regexp = "([0-9 +()-]{5,32})?", message = "must be 5-32 digits, spaces and + ( ) -")
        String phone) {}
