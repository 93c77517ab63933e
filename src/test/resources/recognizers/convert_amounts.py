#!/usr/bin/env python3
"""Turns Microsoft Recognizers-Text's English specs into the phrase/expected TSV files beside this script.

Usage: convert_amounts.py <Recognizers-Text checkout> <commit>
Each spec entry is a sentence ("Input") with the values found in it ("Results"); each result's "Text"
is kept as the phrase, in the letters the sentence wrote it in (the spec's Text is lower-cased where
the sentence is not: "10G", "USD 200"; Start and End locate it), and its resolution as the expected value. A (phrase, expected) pair met twice is
kept once, with the first sentence it came from. Nothing is judged or left out here: what is out of
crosscheck's scope is decided by RecognizersAmountCorpusTest, by rule.
"""
import json
import subprocess
import sys
from pathlib import Path

SPECS = {
    "number": "Specs/Number/English/NumberModel.json",
    "percent": "Specs/Number/English/PercentModel.json",
    "number-range": "Specs/Number/English/NumberRangeModel.json",
    "ordinal": "Specs/Number/English/OrdinalModel.json",
    "currency": "Specs/NumberWithUnit/English/CurrencyModel.json",
    "dimension": "Specs/NumberWithUnit/English/DimensionModel.json",
}

FORMATS = {
    "number": "<subtype>:<value> (subtype integer, decimal, fraction or power; '-' when the spec gives none)",
    "percent": "percentage:<value> (the spec's value without its % sign)",
    "number-range": "numberrange:<interval> ('(' and ')' exclude an end, '[' and ']' include it; an empty end is unbounded)",
    "ordinal": "<type>:<value> (type ordinal, or ordinal.relative with an offset such as end-1)",
    "currency": "<unit>|<ISO code or empty>:<value>",
    "dimension": "<subtype>|<unit>:<value>",
}


def expected(name, result):
    res = result.get("Resolution") or {}
    value = res.get("value")
    value = "null" if value is None else str(value)
    if name == "number":
        return f"{res.get('subtype', '-')}:{value}"
    if name == "percent":
        return "percentage:" + value.rstrip("%")
    if name == "number-range":
        return "numberrange:" + value
    if name == "ordinal":
        return f"{result['TypeName']}:{value}"
    if name == "currency":
        return f"{res.get('unit')}|{res.get('isoCurrency', '')}:{value}"
    return f"{res.get('subtype')}|{res.get('unit')}:{value}"


def clean(text):
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def main(checkout, commit):
    out = Path(__file__).parent
    for name, spec in SPECS.items():
        raw = subprocess.run(["git", "-C", checkout, "show", f"{commit}:{spec}"], capture_output=True, check=True).stdout
        entries = json.loads(raw.decode("utf-8-sig"))
        seen = set()
        lines = [
            f"# Phrase and expected value pairs from microsoft/Recognizers-Text, {spec} at commit {commit}.",
            "# Recognizers-Text is MIT-licensed (Copyright (c) Microsoft Corporation); only phrases and values are kept here.",
            "# phrase: a result's Text as the sentence writes it (Start..End); sentence: the spec entry's Input it was found in; converted by convert_amounts.py beside this file.",
            f"# expected: {FORMATS[name]}",
            "phrase\texpected\tsentence",
        ]
        for entry in entries:
            for result in entry.get("Results", []):
                written = entry["Input"][result["Start"]:result["End"] + 1]
                assert written.lower() == result["Text"].lower(), (spec, written, result["Text"])
                pair = (written, expected(name, result))
                if pair in seen:
                    continue
                seen.add(pair)
                lines.append(f"{clean(pair[0])}\t{pair[1]}\t{clean(entry['Input']).strip()}")
        (out / f"{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(name, len(seen))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
