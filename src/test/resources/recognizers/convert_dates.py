#!/usr/bin/env python3
"""Converts Microsoft Recognizers-Text's English DateTime parser specs into the TSV files beside this script.

Usage: convert_dates.py DIR COMMIT, where DIR holds DateParser.json, DatePeriodParser.json, HolidayParser.json and
DurationParser.json from Specs/DateTime/English/ of github.com/microsoft/Recognizers-Text at COMMIT.
Kept: every result at the grain of a day or coarser (a Timex with a time of day, 'T', is left out, as are
results Recognizers does not resolve to dates and entries without a reference date).
"""
import json
import os
import sys

SOURCES = {"date": "DateParser.json", "date-period": "DatePeriodParser.json", "holiday": "HolidayParser.json",
           "duration": "DurationParser.json"}


def rows(kind, entries):
    kept, left = [], {"time of day": 0, "no reference date": 0, "no resolution": 0, "no result": 0}
    for e in entries:
        ref = e.get("Context", {}).get("ReferenceDateTime")
        results = e.get("Results", [])
        if not results:
            left["no result"] += 1
            continue
        for r in results:
            v = r.get("Value", {})
            timex = v.get("Timex", "")
            if "T" in timex:
                left["time of day"] += 1
                continue
            if not ref:
                left["no reference date"] += 1
                continue
            fut, past = v.get("FutureResolution", {}), v.get("PastResolution", {})
            if kind == "duration":
                if "duration" not in fut:
                    left["no resolution"] += 1
                    continue
                kept.append((r["Text"], ref[:10], timex, fut["duration"], past.get("duration", fut["duration"])))
            elif "date" in fut:
                kept.append((r["Text"], ref[:10], timex, fut["date"][:10], past["date"][:10]))
            elif "startDate" in fut or "endDate" in fut:
                # an open end (the period "since" or "before" a date) is left empty
                kept.append((r["Text"], ref[:10], timex, fut.get("startDate", "")[:10] + "/" + fut.get("endDate", "")[:10],
                             past.get("startDate", "")[:10] + "/" + past.get("endDate", "")[:10]))
            else:
                left["no resolution"] += 1
    return kept, left


def main(src, commit):
    here = os.path.dirname(os.path.abspath(__file__))
    for kind, name in SOURCES.items():
        with open(os.path.join(src, name), encoding="utf-8-sig") as f:
            entries = json.load(f)
        kept, left = rows(kind, entries)
        with open(os.path.join(here, kind + ".tsv"), "w", encoding="utf-8", newline="\n") as out:
            out.write(f"# Phrase and expected value pairs from microsoft/Recognizers-Text, Specs/DateTime/English/{name} at commit {commit}.\n")
            out.write("# Recognizers-Text is MIT-licensed (Copyright (c) Microsoft Corporation); only phrases and values are kept here.\n")
            out.write(f"# {len(entries)} entries; kept {len(kept)} results; left out: "
                      + ", ".join(f"{n} {k}" for k, n in left.items()) + ".\n")
            out.write("# reference: the entry's ReferenceDateTime (crosscheck's publication date); future and past: Recognizers' two"
                      " resolutions (equal when the phrase is not ambiguous)\n")
            if kind == "duration":
                out.write("# future and past are lengths in seconds\n")
            elif kind == "date-period":
                out.write("# future and past are startDate/endDate as Recognizers gives them: endDate is the first day after the period;"
                          " an open end is empty\n")
            out.write("phrase\treference\ttimex\tfuture\tpast\n")
            for row in kept:
                out.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
