/** Access tokens signed by Liberty's JWT builder (RS256, the key of the server's keystore). */
package io.productstore.user.token;
