#!/usr/bin/env python3
"""Writes the held-out 2026 KYC evaluation set from the hand-labelled text files next to it.

The labels are deliberate and live in name_pairs.txt and identity_cases.txt; this script only
parses them, checks them (no duplicate pair, every label M or N, every field present) and writes
data/kyc-eval/heldout-2026-*.jsonl with split "heldout2026". Run from the repository root:

    python3 tools/kyc-heldout/generate.py
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "data" / "kyc-eval"
SPLIT = "heldout2026"
LABELS = {"M": "MATCH", "N": "NO_MATCH"}


def fail(message):
    sys.exit(f"generate.py: {message}")


def name_pairs():
    pairs, seen, category = [], set(), None
    for number, line in enumerate((HERE / "name_pairs.txt").read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("## "):
            category = line[3:].strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split(" | ")
        if len(fields) != 3 or fields[2].strip() not in LABELS or category is None:
            fail(f"name_pairs.txt:{number}: expected 'a | b | M|N' under a category: {line!r}")
        # The left name keeps its spacing on purpose (spacing is a tested variation); only the label is trimmed.
        a, b = fields[0], fields[1].strip()
        key = frozenset((" ".join(a.lower().split()), " ".join(b.lower().split())))
        if key in seen:
            fail(f"name_pairs.txt:{number}: duplicate pair {a!r} / {b!r}")
        seen.add(key)
        pairs.append({"a": a, "b": b, "label": LABELS[fields[2].strip()], "category": category, "split": SPLIT})
    return pairs


def address(text):
    text = text.strip()
    return json.loads(text) if text.startswith("{") else text


def identity_cases():
    cases, seen = [], set()
    for number, line in enumerate((HERE / "identity_cases.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split(" | ")]
        if len(fields) != 8 or fields[1] not in LABELS:
            fail(f"identity_cases.txt:{number}: expected 8 fields with M|N second: {line!r}")
        category, label, a_name, a_dob, a_addr, s_name, s_dob, s_addr = fields
        key = (a_name, a_dob, s_name, s_dob)
        if key in seen:
            fail(f"identity_cases.txt:{number}: duplicate case {key}")
        seen.add(key)
        cases.append(
            {
                "applicant": {"name": a_name, "dob": a_dob, "address": address(a_addr)},
                "source": {"name": s_name, "dob": s_dob, "address": address(s_addr)},
                "label": LABELS[label],
                "category": category,
                "split": SPLIT,
            }
        )
    return cases


def write(path, rows):
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def summary(title, rows):
    labels = Counter(row["label"] for row in rows)
    print(f"{title}: {len(rows)} ({labels['MATCH']} MATCH = {100 * labels['MATCH'] / len(rows):.1f} %, {labels['NO_MATCH']} NO_MATCH)")
    per = Counter((row["category"], row["label"]) for row in rows)
    for category in dict.fromkeys(row["category"] for row in rows):
        print(f"  {category:40} {per[(category, 'MATCH')]:3} MATCH {per[(category, 'NO_MATCH')]:3} NO_MATCH")


if __name__ == "__main__":
    names, identities = name_pairs(), identity_cases()
    write(OUT / "heldout-2026-name-pairs.jsonl", names)
    write(OUT / "heldout-2026-identity-cases.jsonl", identities)
    summary("name pairs", names)
    summary("identity cases", identities)
