/** Users, passwords and tokens, and the rules they keep. */
package io.productstore.user.domain;
