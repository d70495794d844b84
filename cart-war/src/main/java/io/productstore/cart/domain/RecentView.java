package io.productstore.cart.domain;

import java.time.Instant;
import java.util.UUID;

/** A product the user looked at, and when they last did. */
public record RecentView(UUID productId, Instant viewedAt) {}
