"""Builds one held-out KYC set's JSONL files from its hand-typed sources, and validates them.

Each set's `tools/kyc-heldout-<set>/build.py` calls `build` with its name and folder (2026d onwards share this).
Deterministic: the output follows the order of the source lines.
"""
import json
import re
import sys
from datetime import datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent.parent / "data" / "kyc-eval"
LABELS = {"MATCH", "NO_MATCH"}
SOURCE_DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d-%b-%Y", "%d %b %Y", "%Y"]
PINCODE = re.compile(r"(?<!\d)(\d{6})$")


def content_lines(path):
    for number, raw in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            yield number, line


def read_name_pairs(path, split):
    category = label = None
    for number, line in content_lines(path):
        if line.startswith("@"):
            category, label = line[1:].split()
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 2 or not all(parts):
            fail(f"{path.name}:{number}: expected 'a | b'")
        yield {"a": parts[0], "b": parts[1], "label": label, "category": category, "split": split}


def address(text):
    return json.loads(text) if text.startswith("{") else text


def read_identity_cases(path, split):
    label = None
    for number, line in content_lines(path):
        if line.startswith("@"):
            label = line[1:]
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 7 or not all(parts):
            fail(f"{path.name}:{number}: expected 7 fields")
        category, a_name, a_dob, a_address, s_name, s_dob, s_address = parts
        yield {
            "applicant": {"name": a_name, "dob": a_dob, "address": address(a_address)},
            "source": {"name": s_name, "dob": s_dob, "address": address(s_address)},
            "label": label,
            "category": category,
            "split": split,
        }


def fail(message):
    sys.exit(f"invalid held-out source: {message}")


def parses(text, formats):
    for form in formats:
        try:
            datetime.strptime(text, form)
            return True
        except ValueError:
            pass
    return False


def pincode_of(value):
    if isinstance(value, dict):
        return value.get("pincode", "") if re.fullmatch(r"\d{6}", value.get("pincode", "")) else None
    match = PINCODE.search(value)
    return match.group(1) if match else None


def validate_name_pairs(pairs):
    seen = set()
    for pair in pairs:
        if pair["label"] not in LABELS or not pair["category"]:
            fail(f"bad label or category: {pair}")
        key = frozenset((pair["a"].casefold(), pair["b"].casefold()))
        if key in seen or len(key) < 2 and pair["a"] == pair["b"]:
            fail(f"duplicate or identical pair: {pair['a']} | {pair['b']}")
        seen.add(key)


def validate_identity_cases(cases):
    seen = set()
    for case in cases:
        if case["label"] not in LABELS or not case["category"]:
            fail(f"bad label or category: {case}")
        if not parses(case["applicant"]["dob"], ["%Y-%m-%d"]):
            fail(f"applicant dob is not ISO: {case['applicant']}")
        if not parses(case["source"]["dob"], SOURCE_DATE_FORMATS):
            fail(f"source dob does not parse: {case['source']}")
        for side in ("applicant", "source"):
            if pincode_of(case[side]["address"]) is None:
                fail(f"{side} address has no 6-digit pincode: {case[side]}")
        key = json.dumps([case["applicant"], case["source"]], sort_keys=True).casefold()
        if key in seen:
            fail(f"duplicate identity case: {case}")
        seen.add(key)


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf8")


def build(set_name, here):
    """Reads the four hand-typed sources in `here` and writes heldout-<set_name>-*.jsonl, split heldout<set_name>."""
    split = f"heldout{set_name}"
    pairs = [*read_name_pairs(here / "name-pairs-match.txt", split), *read_name_pairs(here / "name-pairs-no-match.txt", split)]
    cases = [
        *read_identity_cases(here / "identity-cases-match.txt", split),
        *read_identity_cases(here / "identity-cases-no-match.txt", split),
    ]
    validate_name_pairs(pairs)
    validate_identity_cases(cases)
    write_jsonl(OUT / f"heldout-{set_name}-name-pairs.jsonl", pairs)
    write_jsonl(OUT / f"heldout-{set_name}-identity-cases.jsonl", cases)
    for name, rows in (("name pairs", pairs), ("identity cases", cases)):
        counts = {}
        for row in rows:
            counts[(row["category"], row["label"])] = counts.get((row["category"], row["label"]), 0) + 1
        total = {label: sum(1 for row in rows if row["label"] == label) for label in sorted(LABELS)}
        print(f"{name}: {len(rows)} {total}")
        for (category, label), count in counts.items():
            print(f"  | {category} | {label} | {count} |")
