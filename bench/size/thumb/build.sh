#!/usr/bin/env bash
# Links the bare-metal size programs for a Cortex-M4F (thumbv7em-none-eabihf)
# and prints "PROGRAM BYTES" for each, the allocated bytes (text + data).
#
# rustup cannot add that target here, so `core` is built from the library
# source of Debian's Rust (see .ci/debian-rust, which installs it) and the
# programs are linked with the rust-lld of the default toolchain.
#
#   bash bench/size/thumb/build.sh [FEATURES]
#
# Exits with 77 when a tool it needs is missing, so that a caller can tell
# "cannot measure here" from a failed build.
set -euo pipefail
thumb=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$thumb/../../.." && pwd)
features=${1:-}
lld=$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/rust-lld
if [ ! -x "$lld" ]; then
  echo "no rust-lld at $lld" >&2
  exit 77
fi
# In a subshell first, where its exit when it cannot install stays.
(source "$repo/.ci/debian-rust" >/dev/null) || exit 77
source "$repo/.ci/debian-rust" >/dev/null
flags=()
[ -n "$features" ] && flags=(--features "$features")
dir=$repo/target/size-thumb
cd "$thumb"
RUSTC_BOOTSTRAP=1 RUSTFLAGS="-C linker=$lld -C link-arg=-e_start" CARGO_TARGET_DIR=$dir \
  "$cargo" build --quiet --locked --release -Zbuild-std=core --target thumbv7em-none-eabihf "${flags[@]}"
for program in bare core-reason core-display; do
  bytes=$(size "$dir/thumbv7em-none-eabihf/release/$program" | awk 'NR == 2 { print $1 + $2 }')
  echo "$program $bytes"
done
