#!/usr/bin/env python3
"""Builds a generated course of 50 notes with weave and prints one `name: value` line per figure.

40 notes hold prose and math only, 10 hold swift-nn cells. Measured: a cold build (empty cache), a warm
rebuild with no change, a rebuild after editing one paragraph of prose, a rebuild after editing one cell,
math throughput, pages per second for notes without cells (a first build, which typesets every formula,
and a rebuild of every page whose formulas are already typeset), and the peak memory of weave.

Run from the package root after `swift build -c release --product weave` (or pass --weave PATH):
    python3 bench/site_bench.py
"""
import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

PROSE = """
## 第 {k} 节：梯度与链式法则

设损失 $L_{{{k}}} = \\frac{{1}}{{2}}\\sum_i (y_i - \\hat y_{{i,{k}}})^2$，则 $\\frac{{\\partial L_{{{k}}}}}{{\\partial \\hat y_{{i,{k}}}}} = \\hat y_{{i,{k}}} - y_i$。
对 sigmoid 有 $\\sigma'(x_{{{k}}}) = \\sigma(x_{{{k}}})(1-\\sigma(x_{{{k}}}))$，并且 $\\max_{{x_{{{k}}}}} \\sigma'(x_{{{k}}}) = \\frac14$。

$$
\\frac{{\\partial E}}{{\\partial w_{{{k}}}}} = \\frac{{\\partial E}}{{\\partial o}} \\cdot \\frac{{\\partial o}}{{\\partial net}} \\cdot \\frac{{\\partial net}}{{\\partial w_{{{k}}}}}
$$

| 符号 | 含义 |
|---|---|
| $w_{{ij}}$ | 权重 |
| $\\eta$ | 学习率 |

> [!note] 小结
> 更新规则是 $w_{{{k}}} \\leftarrow w_{{{k}}} - \\eta \\nabla_{{w_{{{k}}}}} L_{{{k}}}$，其中 $\\eta_{{{k}}} > 0$。
"""

CELL = """
```swift-nn
let x{k}: Tensor = [[0.05, 0.10]]
let w{k} = Tensor(scalars: [0.15, 0.25, 0.20, 0.30], shape: [2, 2], requiresGrad: true)
let out{k} = (x{k}.matmul(w{k}) + 0.35).sigmoid()
out{k}.sum().backward()
check(out{k}.scalars[0], equals: 0.593269992, tolerance: 1e-8, "out_h1")
w{k}.grad!
```
"""


def note(i, with_cells):
    parts = [f"---\ntitle: 第 {i} 课\ndate: 2025-03-{i % 28 + 1:02d}\ntags: [bench]\norder: {i}\n---\n\n# 第 {i} 课\n"]
    for k in range(4):
        # Formulas differ from section to section (k = 10·note + section); a few symbols ($\\eta$ and $w_{ij}$ in a
        # table) repeat, about as often as in the course's own notes (a fifth of all formulas).
        parts.append(PROSE.format(k=10 * i + k + 1))
        if with_cells and k < 2:
            parts.append(CELL.format(k=k + 1))
    return "\n".join(parts)


def write_course(notes):
    """Writes the 50 notes into the folder `notes` (created): every fifth note has cells."""
    os.makedirs(notes)
    for i in range(50):
        with open(os.path.join(notes, f"{i:02d}-note.md"), "w") as f:
            f.write(note(i, with_cells=i % 5 == 0))


def run(weave, notes, out):
    start = time.perf_counter()
    proc = subprocess.run([weave, "build", notes, "-o", out], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"weave failed:\n{proc.stdout}\n{proc.stderr}")
    return elapsed, proc.stderr


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--weave", default=".build/release/weave")
    args = parser.parse_args()
    weave = os.path.abspath(args.weave)
    work = tempfile.mkdtemp(prefix="weave-bench-")
    try:
        notes = os.path.join(work, "notes")
        write_course(notes)
        os.chdir(work)
        out = os.path.join(work, "build")

        cold, log = run(weave, notes, out)
        warm, _ = run(weave, notes, out)

        prose_note = os.path.join(notes, "01-note.md")
        text = open(prose_note).read()
        edited = text.replace("，则 $", "，于是 $", 1)
        assert edited != text, "the prose edit must change the note"
        open(prose_note, "w").write(edited)
        prose, _ = run(weave, notes, out)

        cell_note = os.path.join(notes, "05-note.md")
        text = open(cell_note).read()
        open(cell_note, "w").write(text.replace("w1.grad!", "w1.grad!.sum()", 1))
        cell, cell_log = run(weave, notes, out)
        reran = [l for l in cell_log.splitlines() if re.search(r"\(([1-9]\d*) cells?.*; \d+\.\d s\)", l)]

        # Math throughput and pages per second for notes without cells, on their own, in a folder of their own
        # with an empty cache: a first build, every formula typeset.
        prose_work = os.path.join(work, "prose-work")
        prose_only = os.path.join(prose_work, "prose")
        os.makedirs(prose_only)
        for i in range(50):
            if i % 5 != 0:
                shutil.copy(os.path.join(notes, f"{i:02d}-note.md"), prose_only)
        os.chdir(prose_work)
        prose_time, prose_log = run(weave, prose_only, os.path.join(prose_work, "build-1"))
        formulas = int(re.search(r"(\d+) formulas", prose_log).group(1))
        render_time = float(re.search(r"\d+ warnings?\) to .* in ([\d.]+) s", prose_log).group(1))

        # The same pages rendered again when their formulas are already typeset (the page cache emptied, the
        # formula store kept), as after a new weave or a change to the page layout.
        shutil.rmtree(os.path.join(prose_work, ".weave-cache", "prose", "render"))
        known_time, known_log = run(weave, prose_only, os.path.join(prose_work, "build-2"))
        assert re.search(r"\(40 rendered; \d+ formulas, 0 typeset", known_log), known_log

        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"cold_s: {cold:.2f}")
        print(f"warm_s: {warm:.3f}")
        print(f"prose_edit_s: {prose:.3f}")
        print(f"cell_edit_s: {cell:.3f}")
        print(f"cell_edit_notes_rerun: {len(reran)}")
        print(f"formulas_per_s: {formulas / max(render_time, 1e-9):.0f}")
        print(f"pages_per_s: {40 / prose_time:.0f}")
        print(f"pages_per_s_formulas_known: {40 / known_time:.0f}")
        print(f"peak_rss_mb: {peak:.0f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
