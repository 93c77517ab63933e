#!/usr/bin/env python3
"""Turns quantulum3's English test cases into quantities.tsv beside this script.

Usage: convert_quantulum.py <quantulum3 checkout (a git directory)> <commit>
Three files of quantulum3/_lang/en_US/tests/ are read at that commit:
- quantities.json and quantities.ambiguity.json: each entry is a sentence ("req") with the quantities found in
  it ("res"); each result's "surface" is kept as the phrase, the sentence as written, and its value and unit as
  the expected value ("<unit>:<value>"; with an "uncertainty" u, "<unit>:<value-u>..<value+u>", since
  quantulum writes a range "3 to 4 L" as its middle and half its width);
- extract_spellout_values.py: its TEST_CASES, numbers in words with the values quantulum reads from them;
  an entry with one value is a phrase ("dimensionless:<value>"), as its own sentence; an entry with none or
  several (quantulum's number splitting) names no single value and is counted in the header, not kept.
A (phrase, expected, sentence) met twice is kept once.
Nothing is judged or left out here: what is out of crosscheck's scope is decided by QuantulumCorpusTest, by rule.
"""
import ast
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

BASE = "quantulum3/_lang/en_US/tests/"


def show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{path}"], check=True,
                          capture_output=True, text=True).stdout


def number(v):
    d = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
    s = format(d.normalize(), "f")
    return s


def clean(text):
    return " ".join(text.split())


def main(repo, commit):
    rows = []
    for name in ("quantities.json", "quantities.ambiguity.json"):
        for entry in json.loads(show(repo, commit, BASE + name)):
            for res in entry["res"]:
                value = Decimal(repr(res["value"])) if isinstance(res["value"], float) else Decimal(res["value"])
                u = res.get("uncertainty")
                if u:
                    u = Decimal(repr(u)) if isinstance(u, float) else Decimal(u)
                    expected = f"{res['unit']}:{number(value - u)}..{number(value + u)}"
                else:
                    expected = f"{res['unit']}:{number(value)}"
                rows.append((name, res["surface"], expected, clean(entry["req"])))
    source = show(repo, commit, BASE + "extract_spellout_values.py")
    cases = next(ast.literal_eval(node.value) for node in ast.parse(source).body
                 if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "TEST_CASES")
    left = 0
    for phrase, values in cases:
        if len(values) != 1:
            left += 1
            continue
        rows.append(("extract_spellout_values.py", phrase, f"dimensionless:{number(Decimal(values[0]))}", phrase))
    seen = set()
    kept = []
    for r in rows:
        if r[1:] not in seen:  # the same phrase, value and sentence met twice (both files hold some) is kept once
            seen.add(r[1:])
            kept.append(r)
    twice = len(rows) - len(kept)
    rows = kept
    out = Path(__file__).with_name("quantities.tsv")
    with out.open("w", encoding="utf-8") as f:
        f.write(f"# Phrase and expected value pairs from nielstron/quantulum3, {BASE}quantities.json, quantities.ambiguity.json"
                f" and extract_spellout_values.py at commit {commit}.\n")
        f.write("# quantulum3 is MIT-licensed (Copyright (c) 2016 Marco Lagi, nielstron, sohrabtowfighi, grhawk, Rodrigo Castro);"
                " only phrases, sentences and values are kept here.\n")
        f.write("# phrase: a result's surface as the sentence writes it; expected: <quantulum unit>:<value> or <unit>:<low>..<high>"
                " (a value with its uncertainty); converted by convert_quantulum.py beside this file.\n")
        f.write(f"# left out: {left} spell-out cases with no value or several (quantulum's number splitting);"
                f" {twice} results met twice (the same phrase, value and sentence), kept once.\n")
        f.write("file\tphrase\texpected\tsentence\n")
        for r in rows:
            assert all("\t" not in c and "\n" not in c for c in r), r
            f.write("\t".join(r) + "\n")
    print(f"{len(rows)} rows, {left} spell-out cases left out, {twice} met twice")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
