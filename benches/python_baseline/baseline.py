"""The keyword-counting pipeline a researcher would write without zone-reform.

    python baseline.py RUBRIC.toml DIR

For every file under DIR: read the bytes, decode UTF-8, convert Traditional
to Simplified with OpenCC, find the rubric's phrases with one leftmost-longest
pyahocorasick automaton, and count the term hits per dimension. The phrases
are the same as the crate's (every term, generic term, `all` group term,
exclusion, level cue, `unless` cue, negation cue, counting unit, neutral
phrase, scope term and context word of the rubric, converted the same way),
so the automaton does the same work; what the crate does on top (width folding, gloss and boilerplate removal,
sentences, levels, negation, evidence with offsets) is not attempted.

Prints the counts, then one JSON line: {"files", "bytes", "seconds", "mb_s"}
(MB = 10^6 bytes of file contents; the time covers reading and counting).
"""

import json
import os
import sys
import time
import tomllib

import ahocorasick
import opencc


def rubric_phrases(rubric):
    """(phrase, dimension id or None) for every phrase of the rubric."""
    for level in rubric.get("levels", []):
        for p in level.get("cues", []) + level.get("unless", []):
            yield p, None
    for p in rubric.get("negation", {}).get("cues", []):
        yield p, None
    for p in rubric.get("quantity", {}).get("units", []):
        yield p, None
    for p in rubric.get("neutral", {}).get("phrases", []):
        yield p, None
    scope = rubric.get("scope", {})
    for p in scope.get("terms", []) + scope.get("exclude", []):
        yield p, None
    for rule in rubric.get("context", []):
        for p in rule.get("words", []):
            yield p, None
    for dim in rubric.get("dimensions", []):
        for rule in dim.get("context", []):
            for p in rule.get("words", []):
                yield p, None
        for ind in dim.get("indicators", []):
            for p in ind.get("any", []) + ind.get("generic", []):
                yield p, dim["id"]
            for group in ind.get("all", []):
                for p in group:
                    yield p, dim["id"]
            for p in ind.get("exclude", []):
                yield p, None
            for rule in ind.get("context", []):
                for p in rule.get("words", []):
                    yield p, None


def build(rubric, converter):
    """One automaton over all phrases; each phrase maps to its dimensions."""
    dims_of = {}
    for phrase, dim in rubric_phrases(rubric):
        phrase = converter.convert(phrase.strip())
        dims = dims_of.setdefault(phrase, set())
        if dim is not None:
            dims.add(dim)
    automaton = ahocorasick.Automaton()
    for phrase, dims in dims_of.items():
        automaton.add_word(phrase, tuple(sorted(dims)))
    automaton.make_automaton()
    return automaton


def files_under(root):
    for dirpath, _, names in os.walk(root):
        for name in sorted(names):
            if name.endswith(".txt"):
                yield os.path.join(dirpath, name)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: baseline.py RUBRIC.toml DIR")
    with open(sys.argv[1], "rb") as f:
        rubric = tomllib.load(f)
    converter = opencc.OpenCC("t2s")
    automaton = build(rubric, converter)
    counts = {dim["id"]: 0 for dim in rubric.get("dimensions", [])}
    files = 0
    total = 0
    start = time.perf_counter()
    for path in files_under(sys.argv[2]):
        with open(path, "rb") as f:
            data = f.read()
        total += len(data)
        files += 1
        text = converter.convert(data.decode("utf-8", errors="replace"))
        for _end, dims in automaton.iter_long(text):
            for dim in dims:
                counts[dim] += 1
    seconds = time.perf_counter() - start
    for dim, n in counts.items():
        print(f"{dim}: {n} term hits")
    print(json.dumps({
        "files": files,
        "bytes": total,
        "seconds": round(seconds, 3),
        "mb_s": round(total / 1e6 / seconds, 1) if seconds > 0 else 0.0,
    }))


if __name__ == "__main__":
    main()
