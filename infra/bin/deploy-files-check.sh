#!/usr/bin/env bash
# The deployment files validated with what runs here (no container engine, no cluster):
#   infra/docker-compose.yml   Debian's docker-compose 1.29: `docker-compose config`, the whole
#                              model resolved (anchors, variables, secrets, volumes)
#   infra/k8s/product-store.yaml  every object built by infra/k8s/manifests.mjs and validated
#                              against the Kubernetes API schemas (kubernetes-models, pinned in
#                              package-lock.json); the committed file must be what it writes
# Installs docker-compose and Node.js from Debian when missing (as root). ./store test runs it;
# ops' DeploymentFilesTest checks the names and ports against the servers.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
say() { printf '[deploy-files] %s\n' "$*"; }

ensure() {
  local command=$1; shift
  command -v "$command" >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || { say "$command is missing: apt-get install $*" >&2; exit 1; }
  say "installing $* from Debian (apt-get)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure docker-compose docker-compose
ensure npm nodejs npm

# The compose file names its secrets' files and requires its passwords: throwaway ones here.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
touch "$scratch"/{jwt-signing.p12,jwt-public.pem,tls.p12}
say "docker-compose config: infra/docker-compose.yml"
env STORE_KEYS="$scratch" KEYSTORE_PASSWORD=check ADMIN_PASSWORD=check JWT_KEYSTORE_PASSWORD=check \
  STORE_CLIENT_SECRET_PRODUCT=check STORE_CLIENT_SECRET_CART=check \
  STORE_CLIENT_SECRET_ORDER=check STORE_CLIENT_SECRET_USER=check \
  docker-compose -f "$ROOT/infra/docker-compose.yml" config -q

cd "$ROOT/infra/k8s"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  say "npm ci (kubernetes-models, yaml)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
say "kubernetes-models: infra/k8s/product-store.yaml"
node manifests.mjs --check
