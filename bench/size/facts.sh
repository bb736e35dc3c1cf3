#!/usr/bin/env bash
# A program that reads only reason phrases links only reason phrases.
#
# Builds `core-reason` with the `size` profile and every vendor and
# language on, then checks that the binary holds every reason phrase of the
# registry and none of its summaries, references, variant names (what
# `Debug` writes), keys for `from_name` or texts in other languages. Run by
# `.ci/run`.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
CARGO_TARGET_DIR=target/size-pie cargo build --quiet --locked --profile size \
  -p status-size --bin core-reason --features everything
binary=target/size-pie/size/core-reason

python3 - "$binary" <<'PY'
import csv, sys

binary = open(sys.argv[1], "rb").read()
rows = list(csv.DictReader(open("registry.csv", encoding="utf-8-sig")))
# Variant names as the registry's Identifier column or the phrase gives
# them; a few whose name differs from the phrase are enough to tell.
debug_names = ["NonAuthoritativeInformation", "HttpVersionNotSupported",
               "ClientClosedRequest", "UnavailableForLegalReasons"]
absent = {"summary": [], "reference": [], "Debug name": debug_names, "Bengali text": [],
          "from_name key": []}


def name_key(name):
    """A name as from_name compares it (status-macros' naming::name_key)."""
    return "".join(c.lower() if c.isascii() else c for c in name if c not in " _-'")


for row in rows:
    absent["summary"].append(row["Summary"])
    absent["reference"].append(row["Reference"])
    absent["Bengali text"] += [row["Description@bn"], row["Summary@bn"]]
    # Long keys only: a short one ("ok") may occur in any binary.
    key = name_key(row["Description"])
    if len(key) >= 14:
        absent["from_name key"].append(key)
failed = False
for row in rows:
    if row["Description"].encode() not in binary:
        print(f"missing reason phrase: {row['Description']}")
        failed = True
for kind, texts in absent.items():
    for text in texts:
        if text and text.encode() in binary:
            print(f"a reason-only binary holds a {kind}: {text}")
            failed = True
if failed:
    sys.exit(1)
print(f"ok: {len(rows)} reason phrases present; no summary, reference, Debug name, from_name key or Bengali text")
PY
