#!/usr/bin/env bash
# What status-core adds to the clean release build of a typical service.
#
# Builds two copies of a small axum + serde + tokio service, one of them also
# using status-core (with its `http` and `serde` features), each from an empty
# target directory, in turn (without, with, without, with, ...), and prints
# each run's wall time and the median ratio with/without. Runs alternate so
# that a machine getting slower or faster affects both sides alike.
#
#   bash bench/build-cost/run.sh [PAIRS]     # default 5 pairs
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
pairs=${1:-5}
work=$repo/target/build-cost
mkdir -p "$work"

# Writes the service crate $1; "with" also depends on status-core.
write_service() {
  local name=$1 dir=$work/$1
  mkdir -p "$dir/src"
  cat >"$dir/Cargo.toml" <<TOML
[package]
name = "service-$name"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
axum = "0.8"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", features = ["macros", "rt-multi-thread", "net"] }
TOML
  if [ "$name" = with ]; then
    echo "status-core = { path = \"$repo/status-core\", features = [\"http\", \"serde\"] }" >>"$dir/Cargo.toml"
  fi
  echo '[workspace]' >>"$dir/Cargo.toml"
  sed -n "/^\/\/ service-$name\$/,/^\/\/ end\$/p" "$repo/bench/build-cost/service.rs" >"$dir/src/main.rs"
  cp "$repo/Cargo.lock" "$dir/Cargo.lock"
  (cd "$dir" && cargo fetch --quiet)
}

write_service without
write_service with

# Prints the wall time of a clean release build of service $1, in seconds.
build() {
  local dir=$work/$1
  rm -rf "$dir/target"
  local start end
  start=$(date +%s.%N)
  (cd "$dir" && cargo build --release --offline --quiet)
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

ratios=()
printf '%5s %10s %10s %7s\n' pair without with ratio
for pair in $(seq 1 "$pairs"); do
  without=$(build without)
  with=$(build with)
  ratio=$(echo "scale=4; $with / $without" | bc)
  ratios+=("$ratio")
  printf '%5s %9.1fs %9.1fs %7.3f\n' "$pair" "$without" "$with" "$ratio"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "median ratio with/without: $median"
