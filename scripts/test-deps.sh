#!/bin/sh
# What the test suite needs besides Python packages: Debian's chromium, in which
# tests/test_render_html.py renders the HTML report. Installed when missing and running as root
# with apt-get; otherwise (or when the install fails) the browser tests are skipped, and pytest's
# summary says so.
set -u
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
        exit 0
    fi
fi
echo "scripts/test-deps.sh: chromium is not installed: the HTML report's browser tests will be skipped" >&2
exit 0
