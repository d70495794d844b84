package io.productstore.common.web;

/** A short confirmation the old clients read: {@code {"message": "..."}}. */
public record Message(String message) {}
