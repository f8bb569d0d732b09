#!/usr/bin/env python3
"""Compare NewsGraph's timings with well-known Python tools on the same corpus and machine.

    python3 Benchmarks/compare.py --results WORK/generated.json --corpus generated-10000

reads the measurements that `newsgraph bench --json` wrote (the corpora and
exports must still be there: run the bench with --keep), and times, on the
same corpus and its exported graph:

  * SoMaJo's German tokenizer and sentence splitter alone
    (SoMaJo("de_CMC", split_camel_case=False).tokenize_text over the paragraphs),
    against our whole run (read, extract, resolve, every export);
  * networkx.write_graphml of our graph.graphml (read with networkx first;
    only the write is timed), against our GraphML export;
  * rdflib's N-Triples serializer on our graph.nt (parsed first; only
    serialize(format="nt") is timed), against our N-Triples export.

Ratios are theirs / ours: 100 means we take a hundredth of their time. Our
figures are from the run with one job, so both sides use one core.
"""

import argparse
import glob
import json
import os
import sys
import tempfile
import time

TARGETS = {"somajo": 100.0, "networkx": 20.0, "rdflib": 20.0}


def paragraphs_of(corpus):
    """The corpus's paragraphs: titles and blank-line-separated paragraphs of every article."""
    paragraphs = []
    jsonl = sorted(glob.glob(os.path.join(corpus, "*.jsonl")))
    if jsonl:
        for path in jsonl:
            with open(path, encoding="utf-8") as lines:
                for line in lines:
                    if line.strip():
                        article = json.loads(line)
                        if article.get("title"):
                            paragraphs.append(article["title"])
                        paragraphs.extend(p for p in article["text"].split("\n\n") if p.strip())
    else:
        for path in sorted(glob.glob(os.path.join(corpus, "*.txt"))):
            with open(path, encoding="utf-8") as text:
                paragraphs.extend(p for p in text.read().split("\n\n") if p.strip())
    return paragraphs


def time_somajo(corpus):
    from somajo import SoMaJo

    tokenizer = SoMaJo("de_CMC", split_camel_case=False)
    paragraphs = paragraphs_of(corpus)
    start = time.perf_counter()
    tokens = sum(len(sentence) for sentence in tokenizer.tokenize_text(paragraphs))
    seconds = time.perf_counter() - start
    return seconds, f"{len(paragraphs)} paragraphs, {tokens} tokens"


def time_networkx(graphml):
    import networkx

    graph = networkx.read_graphml(graphml)
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        networkx.write_graphml(graph, os.path.join(folder, "graph.graphml"))
        seconds = time.perf_counter() - start
    return seconds, f"networkx {networkx.__version__}, {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"


def time_rdflib(ntriples):
    import rdflib

    graph = rdflib.Graph()
    graph.parse(ntriples, format="nt")
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        graph.serialize(destination=os.path.join(folder, "graph.nt"), format="nt", encoding="utf-8")
        seconds = time.perf_counter() - start
    return seconds, f"rdflib {rdflib.__version__}, {len(graph)} triples"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--results", required=True, help="the JSON that `newsgraph bench --json` wrote")
    parser.add_argument("--corpus", default="generated-10000", help="the corpus label to compare on")
    parser.add_argument("--skip-somajo", action="store_true", help="leave SoMaJo out (it is slow)")
    parser.add_argument("--json", help="also write the comparison to this file")
    options = parser.parse_args()

    with open(options.results, encoding="utf-8") as results:
        report = json.load(results)
    rows = [m for m in report["measurements"] if m["corpus"] == options.corpus]
    if not rows:
        sys.exit(f"no measurement of {options.corpus} in {options.results}")
    ours = min(rows, key=lambda m: m["jobs"])
    output = ours["output"]
    corpus = os.path.join(os.path.dirname(output), "corpus-" + options.corpus)
    megabytes = ours["textBytes"] / 1e6
    print(f"corpus {options.corpus}: {ours['articles']} articles, {megabytes:.2f} MB of text; "
          f"our figures with {ours['jobs']} job(s)")

    comparisons = []
    if not options.skip_somajo:
        seconds, note = time_somajo(corpus)
        comparisons.append(("SoMaJo tokenize+split vs our whole run", "somajo", ours["totalSeconds"], seconds, note))
    seconds, note = time_networkx(os.path.join(output, "graph.graphml"))
    comparisons.append(("networkx write_graphml vs our GraphML export", "networkx",
                        ours["exportSeconds"]["graphml"], seconds, note))
    seconds, note = time_rdflib(os.path.join(output, "graph.nt"))
    comparisons.append(("rdflib serialize nt vs our N-Triples export", "rdflib",
                        ours["exportSeconds"]["nt"], seconds, note))

    print(f"{'comparison':46} {'ours s':>9} {'theirs s':>10} {'ratio':>8} {'target':>7}  met  theirs")
    summary = []
    for title, key, our_seconds, their_seconds, note in comparisons:
        ratio = their_seconds / our_seconds if our_seconds > 0 else float("inf")
        met = ratio >= TARGETS[key]
        print(f"{title:46} {our_seconds:9.3f} {their_seconds:10.3f} {ratio:7.1f}x {TARGETS[key]:6.0f}x  "
              f"{'yes' if met else 'NO ':3}  {note}")
        summary.append({"comparison": key, "ours": our_seconds, "theirs": their_seconds, "ratio": ratio,
                        "target": TARGETS[key], "met": met, "note": note})
    if options.json:
        with open(options.json, "w", encoding="utf-8") as out:
            json.dump({"corpus": options.corpus, "megabytes": megabytes, "comparisons": summary}, out, indent=2)


if __name__ == "__main__":
    main()
