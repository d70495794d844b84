package io.productstore.common.client;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a gateway (the adapter of an outbound port): a timeout or an open circuit of its
 * MicroProfile Fault Tolerance annotations reaches the domain as a {@link
 * io.productstore.common.domain.DependencyUnavailable}, never as a Fault Tolerance type.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Outbound {}
