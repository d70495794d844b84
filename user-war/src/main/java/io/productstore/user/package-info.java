/** Users, credentials, roles and token issuing, under the public prefix /user-api. */
package io.productstore.user;
