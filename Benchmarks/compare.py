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

On a machine shared with other work, wall-clock times depend on how much of
a core each side got. So the ratio is given twice: wall clock against wall
clock, and CPU against CPU: theirs is the Python process's CPU time
(time.process_time), ours the CPU time `newsgraph bench` measured for the
whole run and for each export (with one job it writes the formats one after
another). The targets are judged on the CPU ratio.
"""

import argparse
import glob
import json
import os
import sys
import tempfile
import time

TARGETS = {"somajo": 100.0, "networkx": 20.0, "rdflib": 20.0}


class Stopwatch:
    """Wall-clock and CPU seconds of a block."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exception):
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


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
    with Stopwatch() as watch:
        tokens = sum(len(sentence) for sentence in tokenizer.tokenize_text(paragraphs))
    return watch, f"{len(paragraphs)} paragraphs, {tokens} tokens"


def time_networkx(graphml):
    import networkx

    graph = networkx.read_graphml(graphml)
    with tempfile.TemporaryDirectory() as folder:
        with Stopwatch() as watch:
            networkx.write_graphml(graph, os.path.join(folder, "graph.graphml"))
    return watch, f"networkx {networkx.__version__}, {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"


def time_rdflib(ntriples):
    import rdflib

    graph = rdflib.Graph()
    graph.parse(ntriples, format="nt")
    with tempfile.TemporaryDirectory() as folder:
        with Stopwatch() as watch:
            graph.serialize(destination=os.path.join(folder, "graph.nt"), format="nt", encoding="utf-8")
    return watch, f"rdflib {rdflib.__version__}, {len(graph)} triples"


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

    print(f"our run: CPU {ours['cpuSeconds']:.1f} s, wall {ours['totalSeconds']:.1f} s")
    export_cpu = ours.get("exportCPUSeconds", {})
    comparisons = []
    if not options.skip_somajo:
        watch, note = time_somajo(corpus)
        comparisons.append(("SoMaJo tokenize+split / our whole run", "somajo", ours["totalSeconds"],
                            ours["cpuSeconds"], watch, note))
    watch, note = time_networkx(os.path.join(output, "graph.graphml"))
    comparisons.append(("networkx write_graphml / our GraphML export", "networkx", ours["exportSeconds"]["graphml"],
                        export_cpu.get("graphml", float("nan")), watch, note))
    watch, note = time_rdflib(os.path.join(output, "graph.nt"))
    comparisons.append(("rdflib serialize nt / our N-Triples export", "rdflib", ours["exportSeconds"]["nt"],
                        export_cpu.get("nt", float("nan")), watch, note))

    print(f"{'comparison':45} {'ours s':>8} {'theirs s':>9} {'wall':>7} {'ours CPU':>9} {'their CPU':>10} "
          f"{'CPU':>7} {'target':>7}  met  theirs")
    summary = []
    for title, key, our_wall, our_cpu, watch, note in comparisons:
        wall_ratio = watch.wall / our_wall if our_wall > 0 else float("inf")
        cpu_ratio = watch.cpu / our_cpu if our_cpu > 0 else float("inf")
        met = cpu_ratio >= TARGETS[key]
        print(f"{title:45} {our_wall:8.2f} {watch.wall:9.2f} {wall_ratio:6.1f}x {our_cpu:9.2f} {watch.cpu:10.2f} "
              f"{cpu_ratio:6.1f}x {TARGETS[key]:6.0f}x  {'yes' if met else 'NO ':3}  {note}")
        summary.append({"comparison": key, "oursWall": our_wall, "theirsWall": watch.wall, "wallRatio": wall_ratio,
                        "oursCPU": our_cpu, "theirsCPU": watch.cpu, "cpuRatio": cpu_ratio,
                        "target": TARGETS[key], "met": met, "note": note})
    if options.json:
        with open(options.json, "w", encoding="utf-8") as out:
            json.dump({"corpus": options.corpus, "megabytes": megabytes, "comparisons": summary}, out, indent=2)


if __name__ == "__main__":
    main()
