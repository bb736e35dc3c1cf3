#!/usr/bin/env bash
# What a status library adds to a program's size, against `http`.
#
# Builds each program of src/bin with the workspace's `size` profile (LTO,
# opt-level "s", one codegen unit, abort on panic, stripped), once as a
# position-independent executable (the default) and once with the static
# relocation model, as on embedded targets. A program's cost is its
# allocated bytes (text + data, as `size` counts them) less those of
# `bare`, the same program without a status library.
#
#   bash bench/size/run.sh
set -euo pipefail
# A failed build inside `$(...)` stops the script, rather than leaving an
# empty or stale number behind.
shopt -s inherit_errexit
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
host=$(rustc -vV | sed -n 's/^host: //p')

# Prints the allocated bytes of program $2 built for model $1 with features $3.
bytes() {
  local model=$1 program=$2 features=${3:-}
  local flags=() dir=target/size-$model
  [ -n "$features" ] && flags=(--features "$features")
  if [ "$model" = static ]; then
    RUSTFLAGS="-C relocation-model=static -C target-feature=+crt-static" CARGO_TARGET_DIR=$dir \
      cargo build --quiet --locked --profile size --target "$host" -p status-size --bin "$program" "${flags[@]}"
    size "$dir/$host/size/$program" | awk 'NR == 2 { print $1 + $2 }'
  else
    CARGO_TARGET_DIR=$dir cargo build --quiet --locked --profile size -p status-size --bin "$program" "${flags[@]}"
    size "$dir/size/$program" | awk 'NR == 2 { print $1 + $2 }'
  fi
}

declare -A base http
for model in static pie; do
  base[$model]=$(bytes "$model" bare)
  reason=$(bytes "$model" http-reason)
  display=$(bytes "$model" http-display)
  http[$model:reason]=$((reason - base[$model]))
  http[$model:display]=$((display - base[$model]))
done

row() {
  local label=$1 program=$2 features=${3:-} against=${4:-}
  printf '| %-44s' "$label"
  for model in static pie; do
    local bytes cost
    bytes=$(bytes "$model" "$program" "$features")
    cost=$((bytes - base[$model]))
    if [ -n "$against" ]; then
      local reference=${http[$model:$against]}
      printf '| %8s | %6s ' "$cost" "$(awk -v a="$cost" -v b="$reference" 'BEGIN { printf "%.2f×", a / b }')"
    else
      printf '| %8s | %6s ' "$cost" ""
    fi
  done
  printf '|\n'
}

echo "bare program: ${base[static]} bytes static, ${base[pie]} bytes PIE; every other row is bytes over it"
echo
printf '| %-44s| %8s | %6s | %8s | %6s |\n' program "static" ratio "PIE" ratio
printf '|%s|%s|%s|%s|%s|\n' "---------------------------------------------" "---------:" "-------:" "---------:" "-------:"
printf '| %-44s| %8s | %6s | %8s | %6s |\n' "http: reason phrase" "${http[static:reason]}" "" "${http[pie:reason]}" ""
printf '| %-44s| %8s | %6s | %8s | %6s |\n' "http: Display" "${http[static:display]}" "" "${http[pie:display]}" ""
row "status-core: reason phrase" core-reason "" reason
row "status-core: Display" core-display "" display
row "status-core: every accessor" core-every
row "status-core: reason, all vendors and lang-bn" core-reason everything reason
row "status-core: every accessor, all of them" core-every everything

# The same programs on a microcontroller, where `http` (which needs std)
# does not build: bytes over the bare program only.
echo
# It exits with 77, its reason on stderr, when it cannot build here; any
# other failure stops this script.
status=0
thumb=$(bash bench/size/thumb/build.sh) && thumb_all=$(bash bench/size/thumb/build.sh everything) || status=$?
[ "$status" = 0 ] || [ "$status" = 77 ] || exit "$status"
if [ "$status" = 0 ]; then
  declare -A t a
  while read -r program bytes; do t[$program]=$bytes; done <<<"$thumb"
  while read -r program bytes; do a[$program]=$bytes; done <<<"$thumb_all"
  echo "thumbv7em-none-eabihf (Cortex-M4F): bare program ${t[bare]} bytes; bytes over it"
  echo
  printf '| %-44s| %8s | %8s |\n' program "default" "all vendors and lang-bn"
  printf '|%s|%s|%s|\n' "---------------------------------------------" "---------:" "---------:"
  for program in core-reason core-display; do
    printf '| %-44s| %8s | %8s |\n' "status-core: $program" $((t[$program] - t[bare])) $((a[$program] - a[bare]))
  done
else
  echo "thumbv7em: skipped (needs Debian's Rust, see .ci/debian-rust, and rust-lld)"
fi
