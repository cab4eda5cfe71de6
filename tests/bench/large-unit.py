#!/usr/bin/env python3
"""Writes a unit file with many performance projects or many functional lines, to measure how check and build scale.

usage: large-unit.py projects N OUT.yaml   -- samples/park/zhifa-2023.yaml with its project repeated N times
       large-unit.py lines N OUT.yaml      -- the same unit with its 功能 lines split into N lines (same totals)

What is measured is time and memory, not the findings: codes beyond the 2023 table are reported (build with --force).
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SAMPLE = ROOT / "samples" / "park" / "zhifa-2023.yaml"


def projects(text: str, count: int) -> str:
    start = text.index("  projects:\n") + len("  projects:\n")
    project = text[start:]
    copies = []
    for i in range(count):
        copy = project.replace('"51098723T000010011201"', f'"51098723T{i:012d}"')
        copy = copy.replace("城市管理综合执法经费（2023）", f"城市管理综合执法经费{i + 1}（2023）")
        copies.append(copy)
    return text[:start] + "".join(copies)


def lines(text: str, count: int) -> str:
    """The sample's 功能 lines split into `count` lines that keep each 类's basic and project totals to the fen, so the
    unit's other figures still agree; the codes beyond the 2023 table's are reported as unknown (build with --force)."""
    # 类 212 keeps most lines (款 01-99 × 项 01-99); 208 and 210 take the rest. Amounts in fen: (basic, project).
    classes = [("212", 41235, 78220), ("208", 4525, 0), ("210", 2860, 0)]
    shares = [count - 199, 100, 99] if count >= 1000 else [count - 2, 1, 1]
    start = text.index("functional:\n  lines:\n") + len("functional:\n  lines:\n")
    end = text.index("  change_reason:", start)
    items = []
    for (prefix, basic, project), n in zip(classes, shares):
        codes = [f"{prefix}{k:02d}{x:02d}" for k in range(1, 100) for x in range(1, 100)][:n]
        basic_lines = n if project == 0 else max(1, n * basic // (basic + project))
        for i, code in enumerate(codes):
            if i < basic_lines:
                fen, kind = basic // basic_lines + (1 if i < basic % basic_lines else 0), "basic"
            else:
                j, m = i - basic_lines, n - basic_lines
                fen, kind = project // m + (1 if j < project % m else 0), "project"
            amount = f"{fen // 100}.{fen % 100:02d}"
            items.append(
                f'    - code: "{code}"\n      name: 第{len(items) + 1}项支出\n'
                f"      initial_budget: {amount}\n      budget: {amount}\n      actual: {amount}\n      {kind}: {amount}\n"
                f"      purpose: 主要用于第{len(items) + 1}项工作\n")
    return text[:start] + "".join(items) + text[end:]


def main() -> None:
    mode, count, out = sys.argv[1], int(sys.argv[2]), pathlib.Path(sys.argv[3])
    text = SAMPLE.read_text(encoding="utf-8")
    out.write_text({"projects": projects, "lines": lines}[mode](text, count), encoding="utf-8")


if __name__ == "__main__":
    main()
