#!/usr/bin/env python3
"""Prints the latest `cargo bench -p status-bench` run as a Markdown table.

Reads criterion's estimates under target/criterion and divides each
status-core time by the http time measured in the same run.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"
INPUTS = 1024  # statuses per iteration, as in bench/benches/vs_http.rs


# The two sides of a group run one after the other; results further apart
# than this come from different runs (one side re-run alone) and are
# refused rather than divided.
SAME_RUN_SECONDS = 300


def estimates(group: str, bench: str) -> pathlib.Path:
    return ROOT / group / bench / "new" / "estimates.json"


def mean_ns(path: pathlib.Path) -> float:
    return json.loads(path.read_text())["mean"]["point_estimate"]


ROWS = [
    ("from_u16, known numbers", "from_u16_valid", "status-core", "http"),
    ("registered?, known numbers", "from_u16_valid", "status-core-registered", "http-registered"),
    ("from_u16, unknown numbers", "from_u16_unknown", "status-core", "http"),
    ("registered?, unknown numbers", "from_u16_unknown", "status-core-registered", "http-registered"),
    ("reason phrase", "reason", "status-core", "http"),
    ("Display into a reused String", "display", "status-core", "http"),
    ("parse \"404\"-style text", "parse", "status-core", "http"),
    ("class predicates (all five)", "class", "status-core/is__", "http/is__"),
    ("retry decision (against a match by hand)", "retry", "status-core", "by-hand"),
]


def main() -> int:
    print("| operation | status-core ns/op | reference ns/op | ratio |")
    print("|---|---:|---:|---:|")
    for label, group, ours, theirs in ROWS:
        ours_path, theirs_path = estimates(group, ours), estimates(group, theirs)
        try:
            a, b = mean_ns(ours_path) / INPUTS, mean_ns(theirs_path) / INPUTS
            apart = abs(ours_path.stat().st_mtime - theirs_path.stat().st_mtime)
        except FileNotFoundError as missing:
            print(f"missing result: {missing.filename}", file=sys.stderr)
            return 1
        if apart > SAME_RUN_SECONDS:
            print(f"{group}: {ours} and {theirs} were measured {apart:.0f} s apart, "
                  "not in one run; run the group's benchmarks together", file=sys.stderr)
            return 1
        print(f"| {label} | {a:.2f} | {b:.2f} | {a / b:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
