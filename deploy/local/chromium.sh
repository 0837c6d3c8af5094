#!/usr/bin/env bash
# Debian's Chromium and its WebDriver, for the console's tests in a real browser
# (tests/integration/test_console_browser.py), and a Chinese font so that its screenshots can be read.
#   chromium.sh install   install the packages if chromium, chromedriver or the font is missing
set -euo pipefail
case "${1:-}" in
  install)
    if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
        || [ ! -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
      echo "chromium.sh: installing chromium, chromium-driver and a Chinese font from Debian's packages" >&2
      packages=(chromium chromium-driver fonts-wqy-microhei)
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}" >&2 \
        || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
             "${packages[@]}" >&2; }
    fi
    ;;
  *)
    echo "usage: $0 install" >&2; exit 2 ;;
esac
