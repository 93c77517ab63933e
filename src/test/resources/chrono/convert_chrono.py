#!/usr/bin/env python3
"""Converts wanasit/chrono's English test cases (test/en/*.test.ts, MIT licence) into dates.tsv.

Usage: convert_chrono.py <chrono git dir> <commit> > dates.tsv

Only the phrase, the reference date and the expected values are kept; chrono's code is not. Each
testSingleCase / testWithExpectedDate call gives one row. The rules of scope, fixed before crosscheck was
run on the data:
- the phrase is chrono's result.text when the test states it exactly, else the whole input text, except four
  inputs that are sentences around the date (SENTENCES below), which are left out;
- a reference given as a variable is the new Date(...) the file declares for it before the test;
- left out (counted in the header): a time of day, a time zone or a unit under a day in the phrase (a clock
  time, am/pm, noon, midnight, "at 8", "11 at night", hours, minutes, seconds, "now"), an hour or minute
  asserted certain or a meridiem asserted, and the two files about times of day (en_time_exp,
  en_timezone_exp); a test with a parsing
  option (forwardDate and the like change chrono's convention); a parser other than English (chrono,
  casual, strict, en, en.GB); a year before 1 (chrono's BC years: crosscheck's dates are from year 1); a reference written as something other than new Date(...); a test with no
  expected year, month or day;
- the grain of each end is the finest of year, month, day that the test asserts and does not mark
  uncertain (isCertain(x) false); a weekday asserted certain makes the day certain.
"""
import re
import subprocess
import sys
from datetime import date, datetime, timedelta

PARSERS = {"chrono": "chrono", "chrono.casual": "casual", "chrono.strict": "strict", "chrono.en": "chrono",
           "chrono.en.GB": "en.GB"}
TIME = re.compile(r"(?i)\d{1,2}:\d{2}|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\d(?:am|pm)\b|\bnoon\b|\bmidnight\b|o'clock|"
                  r"\b(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b|\d\s*(?:h|m|s|min|hrs?|hours?)\b|\bT\d{2}|\bnow\b|"
                  r"\bat \d|\d\s+(?:at night|tonight|in the (?:morning|afternoon|evening))|\b(?:UTC|GMT|[A-Z][DS]T|JST|BST)\b")
# inputs whose test does not state result.text and that are sentences around the date, not a value's words
SENTENCES = {"The date is '2014-04-18'", "The Deadline is Tomorrow", "Let's finish this before this 2013-2-7.",
             "Connect back after this year"}


def calls(src):
    """Each top-level testSingleCase/testWithExpectedDate call: (line, argument text)."""
    for m in re.finditer(r"\b(testSingleCase|testWithExpectedDate)\(", src):
        if src[max(0, m.start() - 9):m.start()].strip().endswith("function"):
            continue
        i = m.end()
        depth = 1
        quote = None
        while depth and i < len(src):
            c = src[i]
            if quote:
                if c == "\\":
                    i += 1
                elif c == quote:
                    quote = None
            elif c in "\"'`":
                quote = c
            elif c in "([{":
                depth += 1
            elif c in ")]}":
                depth -= 1
            i += 1
        yield m.group(1), src.count("\n", 0, m.start()) + 1, src[m.end():i - 1], m.start()


def split_args(text):
    args, depth, quote, cur = [], 0, None, ""
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            cur += c
            if c == "\\":
                cur += text[i + 1]
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'`":
            quote = c
            cur += c
        elif c in "([{":
            depth += 1
            cur += c
        elif c in ")]}":
            depth -= 1
            cur += c
        elif c == "," and depth == 0:
            args.append(cur.strip())
            cur = ""
        else:
            cur += c
        i += 1
    if cur.strip():
        args.append(cur.strip())
    return args


def string_literal(s):
    s = s.strip()
    if len(s) >= 2 and s[0] in "\"'`" and s[-1] == s[0] and "${" not in s:
        return bytes(s[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
    return None


def arith(expr):
    if not re.fullmatch(r"[\d\s+\-*]+", expr):
        raise ValueError(expr)
    return int(eval(expr))  # digits and + - * only, checked above


def new_date(expr):
    """A date from 'new Date(...)': numeric arguments (month from 0) or a date string; None if not a date."""
    m = re.fullmatch(r"new Date\((.*)\)", expr.strip(), re.S)
    if not m:
        return None
    inner = m.group(1).strip()
    lit = string_literal(inner)
    if lit is not None:
        s = re.sub(r"\s*GMT.*$", "", lit)
        for fmt in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S.%fZ", "%a %b %d %Y %H:%M:%S", "%a %b %d %Y", "%A %b %d %Y",
                    "%B %d, %Y, %H:%M", "%b %d %Y %H:%M:%S", "%A %d %B %Y"):
            try:
                return datetime.strptime(s, fmt).date()
            except ValueError:
                pass
        return None
    parts = split_args(inner)
    if len(parts) < 3:
        return None
    try:
        # as JavaScript's Date: the month from 0, and a month or day past its end rolls over
        year, month = arith(parts[0]), arith(parts[1])
        return date(year + month // 12, month % 12 + 1, 1) + timedelta(days=arith(parts[2]) - 1)
    except ValueError:
        return None


def reference(expr, src, pos):
    """A reference given as new Date(...), or as a variable declared so before the call."""
    expr = re.sub(r"/\*.*?\*/", "", expr).strip()
    if re.fullmatch(r"[A-Za-z_]\w*", expr):
        decls = re.findall(r"(?:const|let|var)\s+%s\s*=\s*(new Date\((?:[^()]|\([^()]*\))*\))" % expr, src[:pos])
        return new_date(decls[-1]) if decls else None
    return new_date(expr)


def expectations(body, side):
    """The asserted year/month/day of result.start or result.end, and the components marked uncertain."""
    got = {}
    for comp, val in re.findall(r"result\.%s\.get\(\"(\w+)\"\)\)\.toBe\((-?\d+)\)" % side, body):
        got[comp] = int(val)
    holder = r"result\.%s" % side if side == "end" else r"result(?:\.start)?"
    for m in re.finditer(r"expect\(%s\)\.toBeDate\((new Date\((?:[^()]|\([^()]*\))*\))\)" % holder, body):
        d = new_date(m.group(1))
        if d is not None:
            got.setdefault("year", d.year)
            got.setdefault("month", d.month)
            got.setdefault("day", d.day)
    uncertain = {c for c, v in re.findall(r"result\.%s\.isCertain\(\"(\w+)\"\)\)\.toBe\((true|false)\)" % side, body) if v == "false"}
    certain = {c for c, v in re.findall(r"result\.%s\.isCertain\(\"(\w+)\"\)\)\.toBe\((true|false)\)" % side, body) if v == "true"}
    return got, uncertain, certain


def grain(got, uncertain, certain):
    """The finest known part, and whether the test states it as chrono's whole value ("period": the finer parts are
    marked uncertain, or there is no finer part) or only asserts part of the value ("within": a finer part is
    neither asserted nor marked uncertain)."""
    if "day" in got and ("day" not in uncertain or "weekday" in certain):
        return "day", "period"
    for part, finer in (("month", "day"), ("year", "month")):
        if part in got and part not in uncertain:
            return part, "period" if finer in uncertain else "within"
    return None, None


def truncate(got, grain):
    """The first day of the known period: a month's 1st, a year's 1 January."""
    return date(got["year"], got.get("month", 1) if grain != "year" else 1, got.get("day", 1) if grain == "day" else 1)


def main():
    repo, commit = sys.argv[1], sys.argv[2]
    files = subprocess.run(["git", "--git-dir", repo, "ls-tree", "-r", "--name-only", commit, "test/en"], check=True,
                           capture_output=True, text=True).stdout.split()
    rows, seen = [], set()
    left = {"time of day": 0, "option": 0, "other parser": 0, "reference": 0, "no expected date": 0, "duplicate": 0,
            "not a literal": 0, "a sentence, the date's words not stated": 0, "year before 1 (BC)": 0}
    total = 0
    for f in sorted(files):
        if not f.endswith(".test.ts"):
            continue
        src = subprocess.run(["git", "--git-dir", repo, "show", commit + ":" + f], check=True, capture_output=True,
                             text=True).stdout
        for kind, line, argtext, pos in calls(src):
            total += 1
            args = split_args(argtext)
            parser = PARSERS.get(args[0])
            text = string_literal(args[1]) if len(args) > 1 else None
            if parser is None:
                left["other parser"] += 1
                continue
            if text is None:
                left["not a literal"] += 1
                continue
            if kind == "testWithExpectedDate":
                ref, option, body = None, None, "expect(result.start).toBeDate(%s)" % args[2]
            else:
                rest = args[2:]
                body = rest[-1] if rest and "=>" in rest[-1] else ""
                rest = rest[:-1] if body else rest
                ref = rest[0] if rest else None
                option = rest[1] if len(rest) > 1 else None
            if option is not None or (ref is not None and ref.startswith("{")):
                left["option" if option is not None or "instant" not in ref else "reference"] += 1
                continue
            ref_date = None
            if ref is not None:
                ref_date = reference(ref, src, pos)
                if ref_date is None:
                    left["reference"] += 1
                    continue
            m = re.search(r"expect\(result\.text\)\.toBe\(([\"'`].*?[\"'`])\)", body)
            phrase = string_literal(m.group(1)) if m else text
            if phrase in SENTENCES:
                left["a sentence, the date's words not stated"] += 1
                continue
            phrase = " ".join(phrase.split())
            if TIME.search(phrase) or re.search(r"isCertain\(\"(hour|minute)\"\)\)\.toBe\(true\)|get\(\"meridiem\"\)", body) \
                    or f.endswith(("en_time_exp.test.ts", "en_timezone_exp.test.ts")):
                left["time of day"] += 1
                continue
            start = expectations(body, "start")
            g, judge = grain(*start)
            if g is None or "year" not in start[0] or "month" not in start[0] and g != "year":
                left["no expected date"] += 1
                continue
            s = start[0]
            if s["year"] < 1:
                left["year before 1 (BC)"] += 1
                continue
            first = truncate(s, g)
            end_got = expectations(body, "end")
            eg, end_judge = grain(*end_got)
            last, lg = "", ""
            if eg is not None and "year" in end_got[0]:
                last = truncate(end_got[0], eg).isoformat()
                lg = eg
                judge = "within" if "within" in (judge, end_judge) else "period"
            key = (phrase, ref_date, parser, g, first, last, lg, judge)
            if key in seen:
                left["duplicate"] += 1
                continue
            seen.add(key)
            rows.append([phrase, ref_date.isoformat() if ref_date else "", parser, judge, g, first.isoformat(), lg, last,
                         "%s:%d" % (f, line)])
    print("# Phrase and expected value pairs from wanasit/chrono, test/en/*.test.ts at commit %s." % commit)
    print("# chrono is MIT-licensed (Copyright (c) 2014, Wanasit Tanakitrungruang); only phrases and values are kept here,")
    print("# converted by convert_chrono.py (its docstring states the rules of scope).")
    print("# %d test calls; kept %d rows; left out: %s." % (total, len(rows), ", ".join("%d %s" % (v, k) for k, v in left.items())))
    print("# reference: the test's reference date (crosscheck's publication date; empty when the test gives none);")
    print("# parser: chrono's parser (chrono = casual; strict; en.GB reads day before month); grain: year, month or day, the finest")
    print("# the test asserts as known; asserts: period when that is chrono's whole value (finer parts marked uncertain, or none),")
    print("# within when the test asserts only part of it; start: the first day of that period; end_grain/end: the end of a range;")
    print("# source: file:line of the test.")
    print("\t".join(["phrase", "reference", "parser", "asserts", "grain", "start", "end_grain", "end", "source"]))
    for r in rows:
        print("\t".join(r))


if __name__ == "__main__":
    main()
