/** Errors as application/problem+json (RFC 9457), mapped once for every service. */
package io.productstore.common.problem;
