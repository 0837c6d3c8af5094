#!/usr/bin/env bash
# Prometheus and promtool from Debian's packages, for the alert-rule tests and the scrape test.
#   prometheus.sh install   install the package if prometheus or promtool is missing (the service is not started)
#   prometheus.sh check     promtool check rules + promtool test rules on deploy/prometheus
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
case "${1:-}" in
  install)
    if ! command -v prometheus >/dev/null || ! command -v promtool >/dev/null; then
      echo "prometheus.sh: installing prometheus from Debian's packages" >&2
      # policy-rc.d 101: the package must not start its own service (we start Prometheus ourselves, per test)
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
      trap 'rm -f /usr/sbin/policy-rc.d' EXIT
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends prometheus >&2 \
        || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends prometheus >&2; }
    fi
    ;;
  check)
    cd "$root/deploy/prometheus"
    promtool check rules kefu-rules.yml
    promtool test rules kefu-rules.test.yml
    ;;
  *)
    echo "usage: $0 install|check" >&2; exit 2 ;;
esac
