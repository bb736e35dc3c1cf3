#!/usr/bin/env bash
# What status-core adds to the clean release build of a typical service.
#
# Builds two copies of a small axum + serde + tokio service, one of them also
# using status-core (with its `http` and `serde` features), each from an empty
# target directory, in turn (without, with, without, with, ...), and prints
# each run's CPU time (user + sys) and wall time, and the median ratios
# with/without. Runs alternate, and which side goes first alternates from
# pair to pair (without, with; with, without; ...), so that a machine
# getting steadily slower or faster weighs on both sides alike rather than
# always on the second.
#
#   bash bench/build-cost/run.sh [PAIRS]     # default 5 pairs; 0 only writes the services
#
# Needs GNU time (/usr/bin/time, Debian's `time`) and bc to time the builds.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
pairs=${1:-5}
[[ $pairs =~ ^[0-9]+$ ]] || { echo "usage: $0 [PAIRS]" >&2; exit 2; }
if [ "$pairs" != 0 ]; then
  for tool in /usr/bin/time bc; do
    command -v "$tool" >/dev/null || { echo "$0: needs $tool (Debian packages time and bc)" >&2; exit 2; }
  done
fi
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
[ "$pairs" = 0 ] && exit 0

# Prints "CPU WALL" for a clean release build of service $1, in seconds:
# the CPU time (user + sys) of cargo and everything it ran, and the wall
# time. CPU time decides: wall time on a shared machine swings by 10 %.
build() {
  local dir=$work/$1
  rm -rf "$dir/target"
  (cd "$dir" && /usr/bin/time -f '%U %S %e' -o "$work/time-$1" cargo build --release --offline --quiet --target-dir "$dir/target")
  awk '{ printf "%.2f %.2f\n", $1 + $2, $3 }' "$work/time-$1"
}

median() {
  sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

cpu_ratios=()
wall_ratios=()
printf '%5s %12s %12s %9s %12s %12s %9s\n' pair "cpu without" "cpu with" "cpu ratio" "wall without" "wall with" "wall ratio"
for pair in $(seq 1 "$pairs"); do
  if [ $((pair % 2)) = 1 ]; then
    read -r cpu_without wall_without < <(build without)
    read -r cpu_with wall_with < <(build with)
  else
    read -r cpu_with wall_with < <(build with)
    read -r cpu_without wall_without < <(build without)
  fi
  cpu_ratio=$(echo "scale=4; $cpu_with / $cpu_without" | bc)
  wall_ratio=$(echo "scale=4; $wall_with / $wall_without" | bc)
  cpu_ratios+=("$cpu_ratio")
  wall_ratios+=("$wall_ratio")
  printf '%5s %11.1fs %11.1fs %9.3f %11.1fs %11.1fs %9.3f\n' "$pair" "$cpu_without" "$cpu_with" "$cpu_ratio" \
    "$wall_without" "$wall_with" "$wall_ratio"
done
echo "median CPU ratio with/without: $(printf '%s\n' "${cpu_ratios[@]}" | median)"
echo "median wall ratio with/without: $(printf '%s\n' "${wall_ratios[@]}" | median)"
