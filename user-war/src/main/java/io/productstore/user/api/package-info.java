/** HTTP resources and their request and response records. */
package io.productstore.user.api;
