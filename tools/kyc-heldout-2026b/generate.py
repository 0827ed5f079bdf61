#!/usr/bin/env python3
"""Checks the hand-written held-out 2026b cases and writes them as JSONL for the KYC evaluation.

Only parses, checks and converts name_pairs.txt and identity_cases.txt; every case is written by hand there.
Run from the repository root: python3 tools/kyc-heldout-2026b/generate.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "data" / "kyc-eval"
SPLIT = "heldout2026b"
LABELS = {"MATCH", "NO_MATCH"}
DOB = re.compile(
    r"^(\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}[ -][A-Za-z]{3,9}[ -]\d{4}|[A-Za-z]{3,9} \d{1,2}, \d{4}|\d{4})$"
)
ADDRESS_PARTS = ("line1", "line2", "city", "state", "pincode")


class BadLine(ValueError):
    pass


def case_lines(path):
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if line and not line.startswith("#"):
            yield number, [field.strip() for field in line.split(" | ")]


def checked_label(label, where):
    if label not in LABELS:
        raise BadLine(f"{where}: label {label!r} is not MATCH or NO_MATCH")
    return label


def checked_text(text, what, where):
    if not text:
        raise BadLine(f"{where}: {what} is empty")
    return text


def parsed_address(text, where):
    if not (text.startswith("{") and text.endswith("}")):
        return checked_text(text, "address", where)
    parts = [part.strip() for part in text[1:-1].split(";")]
    if len(parts) != len(ADDRESS_PARTS):
        raise BadLine(f"{where}: a structured address needs {len(ADDRESS_PARTS)} parts, got {len(parts)}")
    address = dict(zip(ADDRESS_PARTS, parts))
    for part in ("line1", "city", "state", "pincode"):
        checked_text(address[part], f"address {part}", where)
    if not re.fullmatch(r"\d{6}", address["pincode"]):
        raise BadLine(f"{where}: pincode {address['pincode']!r} is not six digits")
    return address


def checked_dob(text, where):
    if not DOB.match(checked_text(text, "dob", where)):
        raise BadLine(f"{where}: dob {text!r} is in no known format")
    return text


def name_pairs(path):
    cases, seen = [], set()
    for number, fields in case_lines(path):
        where = f"{path.name}:{number}"
        if len(fields) != 4:
            raise BadLine(f"{where}: expected 4 fields, got {len(fields)}")
        category, label, a, b = fields
        key = tuple(sorted((a.casefold(), b.casefold())))
        if key in seen:
            raise BadLine(f"{where}: duplicate pair {a!r} / {b!r}")
        seen.add(key)
        cases.append(
            {
                "a": checked_text(a, "name a", where),
                "b": checked_text(b, "name b", where),
                "label": checked_label(label, where),
                "category": checked_text(category, "category", where),
                "split": SPLIT,
            }
        )
    return cases


def identity_cases(path):
    cases, seen = [], set()
    for number, fields in case_lines(path):
        where = f"{path.name}:{number}"
        if len(fields) != 8:
            raise BadLine(f"{where}: expected 8 fields, got {len(fields)}")
        category, label, a_name, a_dob, a_address, s_name, s_dob, s_address = fields
        key = (a_name, a_dob, a_address, s_name, s_dob, s_address)
        if key in seen:
            raise BadLine(f"{where}: duplicate case")
        seen.add(key)
        cases.append(
            {
                "applicant": {
                    "name": checked_text(a_name, "applicant name", where),
                    "dob": checked_dob(a_dob, where),
                    "address": parsed_address(a_address, where),
                },
                "source": {
                    "name": checked_text(s_name, "source name", where),
                    "dob": checked_dob(s_dob, where),
                    "address": parsed_address(s_address, where),
                },
                "label": checked_label(label, where),
                "category": checked_text(category, "category", where),
                "split": SPLIT,
            }
        )
    return cases


def write_jsonl(path, cases):
    path.write_text("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases), encoding="utf-8")


def summary(title, cases):
    matches = sum(case["label"] == "MATCH" for case in cases)
    print(f"{title}: {len(cases)} cases, {matches} MATCH ({100 * matches / len(cases):.1f} %), {len(cases) - matches} NO_MATCH")


def main():
    try:
        names = name_pairs(HERE / "name_pairs.txt")
        identities = identity_cases(HERE / "identity_cases.txt")
    except BadLine as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    write_jsonl(OUT / "heldout-2026b-name-pairs.jsonl", names)
    write_jsonl(OUT / "heldout-2026b-identity-cases.jsonl", identities)
    summary("name pairs", names)
    summary("identity cases", identities)
    return 0


if __name__ == "__main__":
    sys.exit(main())
