#!/usr/bin/env bash
# What status-core adds to the service's clean release build, unit by unit.
#
# Builds the two services of run.sh one crate at a time (`-j1`) with cargo's
# timings, in turn (which side goes first alternates), and prints, for each
# compilation unit that only the build with status-core has (status-macros,
# status-core, csv-core and the host's memchr) and for the service crate
# itself, the median time cargo gives it, and their sum against the median
# of the whole build without status-core. A unit's time is far steadier
# than a whole build's, which on a shared machine swings by 10 %.
#
#   bash bench/build-cost/units.sh [ROUNDS]     # default 3 rounds
#
# Needs python3 to read cargo's timings report.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-3}
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [ROUNDS]" >&2; exit 2; }
work=$repo/target/build-cost
command -v python3 >/dev/null || { echo "$0: needs python3" >&2; exit 2; }
# The same two services as run.sh, written afresh.
bash "$repo/bench/build-cost/run.sh" 0

# Builds service $1 from an empty target directory and copies cargo's
# timings report to $work/units-$1-$2.html.
build() {
  local dir=$work/$1
  rm -rf "$dir/target"
  (cd "$dir" && cargo build --release --offline --quiet -j1 --timings --target-dir "$dir/target")
  cp "$dir/target/cargo-timings/cargo-timing.html" "$work/units-$1-$2.html"
}

# shellcheck source=alternate.sh
source "$repo/bench/build-cost/alternate.sh"
alternate "$rounds"

python3 - "$work" "$rounds" <<'PY'
import json, re, statistics, sys

work, rounds = sys.argv[1], int(sys.argv[2])

def units(side, n):
    """Each unit of build `n` of `side`: its key and its time, in the order built."""
    html = open(f"{work}/units-{side}-{n}.html").read()
    found = re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S)
    if found is None:
        sys.exit(f"no UNIT_DATA in {work}/units-{side}-{n}.html: cargo's timings report has changed")
    # A crate can be built for the host and for the target (its features
    # tell the two apart when they differ), and a build script is compiled
    # and then run. Older cargo writes no features.
    return [((u["name"], u["version"], ",".join(u.get("features", [])), u["target"], u["mode"]), u["duration"])
            for u in json.loads(found.group(1))]

def by_key(build):
    times = {}
    for key, seconds in build:
        times.setdefault(key, []).append(seconds)
    return times

without = [by_key(units("without", n)) for n in range(1, rounds + 1)]
with_ = [by_key(units("with", n)) for n in range(1, rounds + 1)]
total = statistics.median([sum(sum(t) for t in build.values()) for build in without])
# What only the build with status-core compiles: units it has more copies
# of than the build without (a crate whose features status-core changed
# shows up here too, whole).
rows = []
for key, times in with_[0].items():
    if key[0].startswith("service-"):
        continue
    extra = len(times) - len(without[0].get(key, []))
    for copy in range(len(times) - extra, len(times)):
        seconds = statistics.median([build[key][copy] for build in with_])
        rows.append((f"{key[0]} {key[1]} [{key[2]}]{key[3]}", seconds))
if not rows:
    sys.exit("the two builds compile the same units")
# The service crate compiles the status-core methods it calls. Its own time
# is noisier than the rest (a 5 s unit that swings by 0.5 s), so it is
# printed apart and left out of the sum.
service = {side: statistics.median([t for build in runs for k, ts in build.items() if k[0] == f"service-{side}" for t in ts])
           for side, runs in (("with", with_), ("without", without))}
width = max(len(name) for name, _ in rows)
for name, seconds in rows:
    print(f"{name:<{width}}  {seconds:6.2f} s")
extra = sum(seconds for _, seconds in rows)
print(f"{'status-core adds':<{width}}  {extra:6.2f} s = {100 * extra / total:+.1f} % of {total:.1f} s "
      f"(medians of {rounds} builds a side)")
print(f"the service crate itself: {service['with']:.2f} s with, {service['without']:.2f} s without")
PY
