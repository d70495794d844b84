/** Who is calling, taken only from the verified JWT. */
package io.productstore.common.security;
