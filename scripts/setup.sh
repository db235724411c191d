#!/usr/bin/env bash
# `npm run setup`: everything a fresh machine needs before `npm start` or `npm test`: the system
# packages of the headless VS Code tests, the ripgrep download cache, then `npm ci`. Safe to run
# again: it installs only what is missing (apt-get needs root, as on CI and the dev machines).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

step "system packages"
# chromium: the browser Playwright drives; ripgrep: seeds @vscode/ripgrep (below);
# libkrb5-dev, python3, make, g++: native modules that code-server's VS Code builds.
pkgs=(chromium ripgrep libkrb5-dev python3 make g++)
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

step "seed the ripgrep download cache"
# code-server's postinstall installs VS Code's own dependencies; @vscode/ripgrep 1.15.11 then
# downloads rg from GitHub, which is unreachable. Its postinstall first looks in this cache, so
# Debian's rg (13.0.0) goes there in the archive it would fetch. (Pinned to code-server 4.100.3;
# check lib/vscode/npm-shrinkwrap.json and @vscode/ripgrep's lib/postinstall.js when upgrading.)
rg_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
rg_asset="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$rg_asset" ]; then
  mkdir -p "$rg_cache"
  tmp=$(mktemp -d); cp "$(command -v rg)" "$tmp/rg"
  tar czf "$rg_asset" -C "$tmp" rg; rm -rf "$tmp"
fi

step "npm ci"
# unsafe-perm: code-server's postinstall refuses root without it; yes: node-pty's postinstall
# runs `npx node-gyp`; nodedir: node-gyp uses the machine's Node headers instead of downloading.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
npm_config_unsafe_perm=true npm_config_yes=true npm ci --no-audit --no-fund
test -x node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg
