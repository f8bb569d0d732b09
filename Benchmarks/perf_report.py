#!/usr/bin/env python3
"""Summarise a `perf script` dump (demangled) of a NewsGraph run.

    perf script -i perf.data | swift demangle --simplified > perf.txt
    python3 Benchmarks/perf_report.py perf.txt                      # inclusive share of project functions
    python3 Benchmarks/perf_report.py perf.txt --callers NAME       # who calls NAME (a substring)
    python3 Benchmarks/perf_report.py perf.txt --callees NAME       # what NAME spends its time in

Shares are of all samples: a function's inclusive share counts every sample
whose stack holds it (once, however deep the recursion).
"""

import argparse
import collections
import re

# Functions of the project's modules, by the types they belong to.
PROJECT = re.compile(
    r"^(specialized |static |closure #\d+ in |partial apply for |protocol witness for )*"
    r"(NewsGraphPipeline|Extractor|DocumentExtraction|EntityRecognizer|TokenFacts|TokenTable|Token\b|Tokenizer|"
    r"SentenceSplitter|AnalyzedText|QuotationFinder|Gazetteer|GazetteerKey|SuffixLexicon|NounPhraseChunker|"
    r"ReferentResolver|DocumentEntities|Resolver|EntityResolution|StatementResolution|NameFacts|NameForm|"
    r"TransliterationKey|GraphBuilder|Identifier|Edge\b|InputIterator|InputReader|JSONLines|TextReader|"
    r"LanguageCheck|TextDigest|DuplicateFilter|LexiconFile|GraphExporter|GraphMLExporter|GEXFExporter|"
    r"DOTExporter|NTriplesExporter|TurtleExporter|RDFMapping|TurtleSink|AtomicFile|XMLWriter|XMLText|"
    r"EdgeIdentifiers|DOTString|String\.decomposedASCIIBase)"
)


def stacks(path):
    """Every sample's stack, innermost frame first, as function names."""
    current = []
    with open(path, errors="replace") as lines:
        for line in lines:
            if not line.strip():
                if current:
                    yield current
                current = []
            elif line[0] in " \t":
                parts = line.strip().split(" ", 1)
                if len(parts) == 2:
                    name = re.sub(r"\+0x[0-9a-f]+ \(.*\)$", "", parts[1])
                    current.append(re.sub(r" \(/.*\)$", "", name))
    if current:
        yield current


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dump")
    parser.add_argument("--callers", metavar="NAME")
    parser.add_argument("--callees", metavar="NAME")
    parser.add_argument("--top", type=int, default=50)
    options = parser.parse_args()

    all_stacks = list(stacks(options.dump))
    total = len(all_stacks) or 1
    counts = collections.Counter()
    for stack in all_stacks:
        if options.callers:
            for depth, name in enumerate(stack):
                if options.callers in name:
                    counts[" <- ".join(frame[:80] for frame in stack[depth + 1:depth + 3])] += 1
                    break
        elif options.callees:
            depths = [depth for depth, name in enumerate(stack) if options.callees in name]
            if depths:
                outer = max(depths)
                counts[stack[outer - 1][:120] if outer > 0 else "(self)"] += 1
        else:
            for name in set(stack):
                if PROJECT.search(name):
                    counts[name] += 1
    print(f"{total} samples")
    for name, count in counts.most_common(options.top):
        print(f"{100 * count / total:5.1f}%  {name[:150]}")


if __name__ == "__main__":
    main()
