package io.productstore.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** OrderSummary = {id, status, total, created_at}: what a user's order list shows. */
public record OrderSummary(UUID id, OrderStatus status, BigDecimal total, Instant createdAt) {}
