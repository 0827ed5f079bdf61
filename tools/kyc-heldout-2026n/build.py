#!/usr/bin/env python3
"""Builds the held-out 2026n JSONL files from the hand-typed sources here, and validates them.

Run from the repository root: python3 tools/kyc-heldout-2026n/build.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "kyc-heldout-sets"))
from heldout_set import build  # noqa: E402

build("2026n", HERE)
