#!/usr/bin/env bash
# The alert rules' own tests: promtool checks the rule files and runs their unit tests (a series
# that fires each alert and one that must not), for the real rules and for the harness's
# shortened copy of them. Installs Debian's prometheus package (promtool) when it is missing.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT/infra/prometheus"
say() { printf '[alerts] %s\n' "$*"; }

ensure_promtool() {
  command -v promtool >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's prometheus package (promtool)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null
  else
    say "promtool is missing: apt-get install prometheus (as root)" >&2
    return 1
  fi
}

ensure_promtool
say "promtool check rules (real rules)"
promtool check rules rules/*.rules.yml
say "promtool test rules"
promtool test rules tests/*.test.yml
say "promtool check rules (the harness's shortened copy, infra/prometheus/harness-overrides.txt)"
promtool check rules "$("$ROOT/infra/bin/observe.sh" rules test)"/*.rules.yml
