#!/usr/bin/env bash
# What status-core adds to the service's clean release build, in CPU time,
# unit by unit.
#
# Builds the two services of run.sh in turn (which side goes first
# alternates), each from an empty target directory with cargo's usual
# parallelism, and has every rustc run through rustc-cpu.sh, which records
# the CPU time (user + sys) the compilation took. Prints, for each unit
# only the build with status-core has (the proc macro, status-core, and
# what they bring), the median of its CPU time, and their sum against the
# median CPU time of the whole build without status-core (cargo and all
# it ran). Unlike wall time, and unlike the difference of two whole
# builds, this does not move with what else the machine is doing between
# builds, only with how fast it runs each unit.
#
#   bash bench/build-cost/cpu.sh [ROUNDS]     # default 3 rounds
#
# Needs GNU time (/usr/bin/time, Debian's `time`) and python3.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-3}
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [ROUNDS]" >&2; exit 2; }
for tool in /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "$0: needs $tool" >&2; exit 2; }
done
work=$repo/target/build-cost
bash "$repo/bench/build-cost/run.sh" 0

# Builds service $1 from an empty target directory; its units' CPU times
# go to $work/cpu-$1-$2.log, the whole build's to $work/cpu-$1-$2.total.
build() {
  local dir=$work/$1
  rm -rf "$dir/target" "$work/cpu-$1-$2.log"
  (cd "$dir" && RUSTC_CPU_LOG="$work/cpu-$1-$2.log" RUSTC_WRAPPER="$repo/bench/build-cost/rustc-cpu.sh" \
    /usr/bin/time -f '%U %S' -o "$work/cpu-$1-$2.total" \
    cargo build --release --offline --quiet --target-dir "$dir/target")
}

# shellcheck source=alternate.sh
source "$repo/bench/build-cost/alternate.sh"
alternate "$rounds"

python3 - "$work" "$rounds" <<'PY'
import statistics, sys
from collections import Counter

work, rounds = sys.argv[1], int(sys.argv[2])

def units(side, n):
    """(key, CPU seconds) for each compilation of build `n` of `side`."""
    found = []
    for line in open(f"{work}/cpu-{side}-{n}.log"):
        user, sys_, name, opt, features = line.split(maxsplit=4)
        found.append(((name, opt, features.strip()), float(user) + float(sys_)))
    if not found:
        sys.exit(f"{work}/cpu-{side}-{n}.log is empty: did the wrapper run?")
    return found

def total(side, n):
    user, sys_ = open(f"{work}/cpu-{side}-{n}.total").read().split()
    return float(user) + float(sys_)

def extra(n):
    """The compilations of build `n` with status-core that the build without lacks."""
    without = Counter(key for key, _ in units("without", n))
    rows = []
    for key, seconds in units("with", n):
        if key[0].startswith("service_"):
            continue
        if without[key] > 0:
            without[key] -= 1
        else:
            rows.append((key, seconds))
    return rows

per_round = [dict(extra(n)) for n in range(1, rounds + 1)]
keys = list(per_round[0])
width = max(len(f"{k[0]} (opt-level {k[1]})") for k in keys)
sums = []
for n, rows in enumerate(per_round, 1):
    sums.append(sum(rows.values()))
for key in keys:
    seconds = statistics.median(rows.get(key, 0.0) for rows in per_round)
    print(f"{key[0] + ' (opt-level ' + key[1] + ')':<{width}}  {seconds:6.2f} s")
whole = statistics.median(total("without", n) for n in range(1, rounds + 1))
added = statistics.median(sums)
print(f"{'status-core adds':<{width}}  {added:6.2f} s of CPU = {100 * added / whole:+.1f} % "
      f"of {whole:.1f} s (medians of {rounds} builds a side)")
service = {side: statistics.median(s for n in range(1, rounds + 1) for k, s in units(side, n)
                                   if k[0] == f"service_{side}") for side in ("with", "without")}
print(f"the service crate itself: {service['with']:.2f} s with, {service['without']:.2f} s without")
PY
