#!/usr/bin/env python3
"""Builds a long parallel pair for the alignment speed measurement (the data stays outside the repo).

Concatenates the documents of a sentence-aligned set (files DOC.<ext-a>, DOC.<ext-b>, DOC.gold with
one sentence per line and ladder gold beads) REPEAT times, shifting the gold indices, and writes
OUT/a.txt, OUT/b.txt, OUT/gold. With the dev `ruen` set and --repeat 10 this gives about 9,300 x
9,100 sentences, the size of the hidden speed pair.

    benchmarks/scripts/build_speed_pair.py /work/shared/eval/align/dev/ruen ru en /tmp/speed --repeat 10
    /usr/bin/time -v ./parallax align --input-format lines --mode parallel --format ladder \
        /tmp/speed/a.txt /tmp/speed/b.txt > /tmp/speed/out
    python3 /work/shared/eval/align/score.py pairs /tmp/speed/gold /tmp/speed/out
"""
import argparse
import glob
import os


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip("\r") for line in lines]


def parse_bead(line):
    left, right = line.strip().split(":")
    a = [int(x) for x in left.strip("[]").split(",") if x.strip()]
    b = [int(x) for x in right.strip("[]").split(",") if x.strip()]
    return a, b


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("setdir")
    ap.add_argument("ext_a")
    ap.add_argument("ext_b")
    ap.add_argument("out")
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    docs = sorted(os.path.basename(g)[:-5] for g in glob.glob(os.path.join(args.setdir, "*.gold")))
    os.makedirs(args.out, exist_ok=True)
    a_out, b_out, gold_out = [], [], []
    for _ in range(args.repeat):
        for doc in docs:
            a = read_lines(os.path.join(args.setdir, doc + "." + args.ext_a))
            b = read_lines(os.path.join(args.setdir, doc + "." + args.ext_b))
            for line in read_lines(os.path.join(args.setdir, doc + ".gold")):
                if not line.strip():
                    continue
                ga, gb = parse_bead(line)
                ga = [x + len(a_out) for x in ga]
                gb = [x + len(b_out) for x in gb]
                gold_out.append("[%s]:[%s]" % (", ".join(map(str, ga)), ", ".join(map(str, gb))))
            a_out.extend(a)
            b_out.extend(b)
    for name, lines in (("a.txt", a_out), ("b.txt", b_out), ("gold", gold_out)):
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    print("%d x %d sentences, %d gold beads -> %s" % (len(a_out), len(b_out), len(gold_out), args.out))


if __name__ == "__main__":
    main()
