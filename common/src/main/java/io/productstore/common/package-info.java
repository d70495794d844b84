/** Mechanisms shared by the four services; never another service's business types. */
package io.productstore.common;
