#!/usr/bin/env bash
# Builds the offline browser page, target/web/resdiff.html: the library
# compiled to WebAssembly (src/web/), inlined with its script and styles
# (scripts/web/) into one file that works from disk and makes no request.
#
# The usual way is the rustup target wasm32-unknown-unknown. A machine that
# reaches only the package registries cannot add a rustup target: there the
# standard library is built from source with Debian's rustc-web and
# rust-web-src (installed when missing), linked by rust-lld or Debian's lld.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/web
mkdir -p "$out"
export CARGO_TARGET_DIR=target/web-build
target=wasm32-unknown-unknown
# The page must stay under 2 MB: the module is gzipped inside it.
# The word lists of the hyphen repair (feature lexicon, 1.1 MB) are left
# out: in the page, only a document's own words decide a line-end hyphen.
export CARGO_PROFILE_RELEASE_DEBUG=0 CARGO_PROFILE_RELEASE_PANIC=abort \
  CARGO_PROFILE_RELEASE_LTO=true CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 \
  CARGO_PROFILE_RELEASE_OPT_LEVEL=${RESDIFF_WEB_OPT_LEVEL:-3}
build=(rustc --lib --release --target "$target" --crate-type cdylib --no-default-features)

if rustup target list --installed 2>/dev/null | grep -qx "$target" ||
  rustup target add "$target" >/dev/null 2>&1; then
  cargo "${build[@]}"
else
  echo "build-web.sh: no rustup target $target; building std from source with Debian's rustc-web" >&2
  need=()
  [ -x /usr/bin/rustc ] && /usr/bin/rustc --print sysroot >/dev/null 2>&1 || need+=(rustc-web)
  [ -d /usr/src/rustc-"$(/usr/bin/rustc --version 2>/dev/null | cut -d' ' -f2)"/library ] || need+=(rust-web-src)
  linker=$(find "$(rustc --print sysroot 2>/dev/null)" -name rust-lld -type f 2>/dev/null | head -1 || true)
  [ -n "$linker" ] || command -v wasm-ld >/dev/null 2>&1 || need+=(lld)
  if [ "${#need[@]}" -gt 0 ]; then
    sudo=(); [ "$(id -u)" = 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
  [ -n "$linker" ] || linker=$(command -v wasm-ld)
  RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$linker" \
    cargo "${build[@]}" -Zbuild-std=std,panic_abort
fi

max_bytes=$(grep -oE 'MAX_FILE_BYTES: usize = [0-9]+ << [0-9]+' src/web/mod.rs | awk '{print $4 * 2 ^ $6}')
python3 scripts/web/assemble.py "$CARGO_TARGET_DIR/$target/release/resdiff.wasm" "$out/resdiff.html" "$max_bytes"
