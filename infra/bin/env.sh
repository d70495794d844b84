# Sourced by ./store: the environment of one profile ("dev" for ./store run and cluster, "test" for
# ./store test). Everything a server reads comes from here; nothing secret is committed: the JWT
# key pair and the passwords are created under work/<profile>/ on first use.
# shellcheck shell=bash

store_env() {
  local profile=$1
  STORE_WORK="$ROOT/work/$profile"
  local keys="$STORE_WORK/keys"
  mkdir -p "$keys"
  chmod 700 "$STORE_WORK" "$keys"

  if [ "$profile" = test ]; then
    export HTTP_PORT=${IT_HTTP_PORT:-19080} HTTPS_PORT=${IT_HTTPS_PORT:-19443}
    # nginx in front of the test server (infra/nginx, EdgeProxyIT).
    export EDGE_HTTP_PORT=${IT_EDGE_HTTP_PORT:-18080}
    export CASSANDRA_CONTACT_POINTS=127.0.0.1:19042
    export STORE_DEMO_MODE=true
    # Short lifecycle and recovery delays, so the tests see orders delivered and checkouts recovered.
    export ORDER_LIFECYCLE_PROCESSING_AFTER=PT1S ORDER_LIFECYCLE_SHIPPING_AFTER=PT1S
    export ORDER_LIFECYCLE_DELIVERED_MIN=PT2S ORDER_LIFECYCLE_DELIVERED_MAX=PT4S
    export ORDER_LIFECYCLE_POLL_INTERVAL=PT0.5S ORDER_CHECKOUT_PENDING_TIMEOUT=PT5S
    export CART_CHECKOUT_RECOVERY_INTERVAL=PT2S CART_CHECKOUT_RECOVERY_AFTER=PT35S
    # Traces on, written to messages.log (the logging exporter), where the telemetry tests read them.
    export OTEL_SDK_DISABLED=false OTEL_TRACES_EXPORTER=logging OTEL_METRICS_EXPORTER=none
    export OTEL_LOGS_EXPORTER=none OTEL_SERVICE_NAME=product-store
    # One web origin allowed to call the API from a browser (CORS), so the tests see both answers.
    export CORS_ORIGINS=https://shop.example.test
  else
    # CORS: off unless set (docs/security.md).
    export CORS_ORIGINS=${CORS_ORIGINS:-}
    export HTTP_PORT=${HTTP_PORT:-9080} HTTPS_PORT=${HTTPS_PORT:-9443}
    export CASSANDRA_CONTACT_POINTS=${CASSANDRA_CONTACT_POINTS:-127.0.0.1:9042}
    export STORE_DEMO_MODE=${STORE_DEMO_MODE:-true}
    # Traces: off unless a collector is named (OTEL_EXPORTER_OTLP_ENDPOINT=http://host:4318).
    if [ -n "${OTEL_EXPORTER_OTLP_ENDPOINT:-}" ]; then
      export OTEL_SDK_DISABLED=${OTEL_SDK_DISABLED:-false} OTEL_SERVICE_NAME=${OTEL_SERVICE_NAME:-product-store}
      export OTEL_EXPORTER_OTLP_PROTOCOL=${OTEL_EXPORTER_OTLP_PROTOCOL:-http/protobuf}
      export OTEL_METRICS_EXPORTER=${OTEL_METRICS_EXPORTER:-none} OTEL_LOGS_EXPORTER=${OTEL_LOGS_EXPORTER:-none}
    fi
  fi

  secret "$keys/keystore.password" JWT_KEYSTORE_PASSWORD
  secret "$keys/tls.password" KEYSTORE_PASSWORD
  if [ -z "${ADMIN_PASSWORD:-}" ]; then
    secret "$STORE_WORK/admin.password" ADMIN_PASSWORD
    ADMIN_PASSWORD_GENERATED=yes
  fi
  export ADMIN_USER=${ADMIN_USER:-admin}

  export JWT_KEYSTORE="$keys/jwt-signing.p12"
  export JWT_PUBLIC_KEY="$keys/jwt-public.pem"
  if [ ! -f "$JWT_KEYSTORE" ]; then
    echo "[keys] creating the JWT signing key pair in ${keys#"$ROOT"/} (never committed)"
    keytool -genkeypair -alias jwt-signing -keyalg RSA -keysize 2048 -validity 3650 \
      -dname "CN=product-store-jwt" -storetype PKCS12 -keystore "$JWT_KEYSTORE" \
      -storepass "$JWT_KEYSTORE_PASSWORD" -keypass "$JWT_KEYSTORE_PASSWORD" >/dev/null 2>&1
    java "$ROOT/infra/bin/ExportPublicKey.java" "$JWT_KEYSTORE" "$JWT_KEYSTORE_PASSWORD" jwt-signing "$JWT_PUBLIC_KEY"
    chmod 600 "$JWT_KEYSTORE"
  fi
  export MP_JWT_VERIFY_PUBLICKEY_LOCATION="file://$JWT_PUBLIC_KEY"

  # The HTTPS certificate (self-signed, for localhost) lives beside the other keys, so its
  # password and the keystore always belong together, whichever server uses them.
  export TLS_KEYSTORE="$keys/tls.p12"
  if [ ! -f "$TLS_KEYSTORE" ]; then
    keytool -genkeypair -alias default -keyalg RSA -keysize 2048 -validity 3650 \
      -dname "CN=localhost" -ext "SAN=dns:localhost,ip:127.0.0.1" -storetype PKCS12 \
      -keystore "$TLS_KEYSTORE" -storepass "$KEYSTORE_PASSWORD" -keypass "$KEYSTORE_PASSWORD" >/dev/null 2>&1
    chmod 600 "$TLS_KEYSTORE"
  fi

  # Per-service client secrets for the OAuth2 client-credentials grant between services.
  local svc
  for svc in product cart order user; do
    secret "$keys/client-$svc.secret" "STORE_CLIENT_SECRET_$(echo "$svc" | tr a-z A-Z)"
  done
}

# secret FILE VAR: keeps a random secret in FILE (0600) and exports it as VAR, unless VAR is set.
secret() {
  local file=$1 var=$2
  if [ -n "${!var:-}" ]; then export "${var?}"; return; fi
  if [ ! -s "$file" ]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$file")
  fi
  export "$var=$(cat "$file")"
}
