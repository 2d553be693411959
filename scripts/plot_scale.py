"""Plot ask latency against corpus size from `partnerbot bench --json` output.

.venv/bin/partnerbot bench --scale 10000,100000,1000000 --json > docs/bench.json
.venv/bin/python scripts/plot_scale.py docs/bench.json docs/latency-vs-size.png
"""

import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main(src: str, dst: str) -> None:
    r = json.load(open(src))
    shipped = r["build"]["passages"]
    sizes = [shipped] + [row["passages"] for row in r["scale"]]
    p50 = [r["ask"]["end_to_end_ms"]["p50"]] + [row["ask_ms"]["p50"] for row in r["scale"]]
    p95 = [r["ask"]["end_to_end_ms"]["p95"]] + [row["ask_ms"]["p95"] for row in r["scale"]]
    search = [r["ask"]["stages_ms"]["dense"]["p50"]] + [row["search_ms"]["p50"] for row in r["scale"]]
    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=120)
    ax.plot(sizes, p95, "o-", label="ask p95 (end to end)")
    ax.plot(sizes, p50, "s-", label="ask p50 (end to end)")
    ax.plot(sizes, search, "^--", label="dense search p50")
    for x, row in zip(sizes[1:], r["scale"]):
        ax.annotate(row["index"], (x, row["ask_ms"]["p95"]), textcoords="offset points", xytext=(4, 6), fontsize=8)
    ax.axhline(30, color="grey", lw=0.8, ls=":")
    ax.axhline(50, color="grey", lw=0.8, ls=":")
    ax.set_xscale("log")
    ax.set_xlabel("passages in the index (log scale)")
    ax.set_ylabel("milliseconds")
    ax.set_title(f"partnerbot ask latency vs corpus size ({r['date']}, {r['machine']['cpus']} CPUs)")
    ax.legend(loc="upper left", fontsize=8)
    ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
