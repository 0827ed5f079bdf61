#!/usr/bin/env python3
"""Parse the hand-typed held-out 2026c cases, validate them and write the two JSONL files deterministically.

name_pairs.txt:     '## category' starts a group; then 'a | b | M' or 'a | b | N' per line.
identity_cases.txt: '## category' starts a group; then
                    'M|N ; applicant name ; applicant dob (ISO) ; applicant address ; source name ; source dob ; source address'
                    A source address written 'line1 ~ line2 ~ city ~ state ~ pincode' becomes a structured address.
Run from the repository root: python3 tools/kyc-heldout-2026c/generate.py
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'data', 'kyc-eval')
SPLIT = 'heldout2026c'
LABELS = {'M': 'MATCH', 'N': 'NO_MATCH'}
MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
errors = []


def fail(where, message):
    errors.append(f'{where}: {message}')


def grouped_lines(file_name):
    category = None
    with open(os.path.join(HERE, file_name), encoding='utf-8') as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#') and not line.startswith('## '):
                continue
            if line.startswith('## '):
                category = line[3:].strip()
                continue
            where = f'{file_name}:{number}'
            if category is None:
                fail(where, 'case before any category')
            yield where, category, line


def parse_date(text, where):
    """Day-first, as Indian documents write dates; a bare year is allowed on the source side."""
    value = text.strip()
    if re.fullmatch(r'\d{4}', value):
        return value
    if re.fullmatch(r'\d{4}-\d{2}-\d{2}', value):
        year, month, day = value.split('-')
    else:
        match = re.fullmatch(r'(\d{1,2})[./\- ]([A-Za-z]{3,}|\d{1,2})[./\- ](\d{2}|\d{4})', value)
        if not match:
            fail(where, f'unknown date format {value!r}')
            return value
        day, month, year = match.groups()
        if month.isalpha():
            month = str(MONTHS.index(month[:3].lower()) + 1) if month[:3].lower() in MONTHS else '0'
        if len(year) == 2:
            year = '19' + year
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        fail(where, f'date does not exist {value!r}')
    return value


def check_pincode(address, where):
    pins = re.findall(r'(?<!\d)\d{6}(?!\d)', address) if isinstance(address, str) else [address['pincode']]
    if isinstance(address, dict) and not re.fullmatch(r'\d{6}', address['pincode']):
        fail(where, f'pincode not six digits {address["pincode"]!r}')
    if not pins:
        fail(where, f'no six-digit pincode in {address!r}')
    for pin in pins:
        if pin[0] == '0':
            fail(where, f'pincode cannot start with 0: {pin}')


def address_of(text):
    parts = [part.strip() for part in text.split('~')]
    if len(parts) == 1:
        return parts[0]
    line1, line2, city, state, pincode = parts
    return {'line1': line1, 'line2': line2, 'city': city, 'state': state, 'pincode': pincode}


def folded(name):
    """Pairs that differ only in case or spacing count as duplicates."""
    return ' '.join(name.lower().split())


def name_pairs():
    cases, seen = [], set()
    for where, category, line in grouped_lines('name_pairs.txt'):
        fields = [field.strip() for field in line.split('|')]
        if len(fields) != 3 or not all(fields) or fields[2] not in LABELS:
            fail(where, f'expected "a | b | M|N", got {line!r}')
            continue
        a, b, label = fields
        key = frozenset([folded(a), folded(b)]) if a != b else None
        if key is None:
            fail(where, 'both sides identical')
        elif key in seen:
            fail(where, f'duplicate pair {a!r} / {b!r}')
        seen.add(key)
        cases.append({'a': a, 'b': b, 'label': LABELS[label], 'category': category, 'split': SPLIT})
    return cases


def identity_cases():
    cases, seen = [], set()
    for where, category, line in grouped_lines('identity_cases.txt'):
        fields = [field.strip() for field in line.split(';')]
        if len(fields) != 7 or not all(fields) or fields[0] not in LABELS:
            fail(where, f'expected 7 fields separated by ";", got {len(fields)}')
            continue
        label, a_name, a_dob, a_address, s_name, s_dob, s_address = fields
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', a_dob):
            fail(where, f'applicant dob must be ISO, got {a_dob!r}')
        parse_date(a_dob, where)
        parse_date(s_dob, where)
        source_address = address_of(s_address)
        check_pincode(a_address, where)
        check_pincode(source_address, where)
        key = tuple(fields[1:])
        if key in seen:
            fail(where, 'duplicate case')
        seen.add(key)
        cases.append({
            'applicant': {'name': a_name, 'dob': a_dob, 'address': a_address},
            'source': {'name': s_name, 'dob': s_dob, 'address': source_address},
            'label': LABELS[label], 'category': category, 'split': SPLIT,
        })
    return cases


def write(file_name, cases):
    with open(os.path.join(OUT, file_name), 'w', encoding='utf-8') as handle:
        for case in cases:
            handle.write(json.dumps(case, ensure_ascii=False) + '\n')


def summary(title, cases):
    print(f'{title}: {len(cases)} ({sum(c["label"] == "MATCH" for c in cases)} MATCH)')
    counts = {}
    for case in cases:
        counts.setdefault(case['category'], {'MATCH': 0, 'NO_MATCH': 0})[case['label']] += 1
    for category, count in counts.items():
        print(f'| {category} | {count["MATCH"]} | {count["NO_MATCH"]} |')


names, identities = name_pairs(), identity_cases()
if errors:
    print('\n'.join(errors), file=sys.stderr)
    sys.exit(1)
write('heldout-2026c-name-pairs.jsonl', names)
write('heldout-2026c-identity-cases.jsonl', identities)
summary('name pairs', names)
summary('identity cases', identities)
