package io.productstore.common.concurrent;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The executor for a request's calls to several services at once ({@code concurrent/fanOut} in
 * server.xml): the calls run side by side, and the request waits for the slowest, not the sum.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface FanOut {}
