package io.productstore.user.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /users/register}, validated as API.md §4 says. */
public record Registration(
    @NotNull
        @Pattern(
            regexp = "[A-Za-z0-9_.-]{3,50}",
            message = "must be 3-50 letters, digits, '_', '.' or '-'")
        String username,
    @Size(min = 1, max = 100) String fullName,
    @Pattern(regexp = "[0-9 +()-]{5,32}", message = "must be 5-32 digits, spaces and + ( ) -")
        String phone,
    @NotNull @Size(min = 8, max = 128) String password) {}
