"""`partnerbot bench`: latency percentiles, cold start, build throughput and memory.

Run on demand (never as a test); it prints a report and, with --json, one JSON object.
Everything runs in temporary directories, so the live index and cache are untouched.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

QUESTIONS = [
    "Can we resell Huawei phones without a carrier?",
    "why did at&t drop huawei",
    "Which retailers sold the Mate 10 Pro in the US?",
    "how much does the mate 10 pro cost",
    "can i sell huawei to a federal contractor",
    "what do I tell a customer worried about spying",
    "warranty on huawei phones bought at retail",
    "entity list huawei google apps",
    "Is Best Buy still selling Huawei?",
    "What is the capital of Peru?",
]


def pct(values, p):
    return float(np.percentile(np.asarray(values, dtype=float), p)) if len(values) else float("nan")


def summarize(values):
    return {
        "p50": round(pct(values, 50), 3),
        "p95": round(pct(values, 95), 3),
        "p99": round(pct(values, 99), 3),
        "n": len(values),
    }


def bench_ask(engine, rounds: int) -> dict:
    for q in QUESTIONS:  # warm-up
        engine.ask(q)
    stages: dict[str, list[float]] = {}
    total = []
    for _ in range(rounds):
        for q in QUESTIONS:
            t = time.perf_counter()
            ans = engine.ask(q)
            total.append((time.perf_counter() - t) * 1000)
            for k, v in ans.timings_ms.items():
                stages.setdefault(k, []).append(v)
    out = {"end_to_end_ms": summarize(total)}
    out["stages_ms"] = {k: summarize(v) for k, v in stages.items() if k != "total"}
    return out


def bench_cold_start(config_path: Path | None, runs: int = 3) -> dict:
    """Process start to the first answer printed, with a built index."""
    cmd = (
        [sys.executable, "-m", "bot"]
        + (["--config", str(config_path)] if config_path else [])
        + ["ask", "--json", QUESTIONS[0]]
    )
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=dict(os.environ, CI="1"))
        times.append((time.perf_counter() - t) * 1000)
    return {"process_to_first_answer_ms": summarize(times)}


def bench_build(config, embedder, repeats: int = 3) -> dict:
    """From-scratch builds (empty embedding cache) against raw encodes of the same passages.

    Both are timed `repeats` times, alternating, with the model already loaded and warm;
    the medians are reported.
    """
    from index.build.builder import build_index, make_passages
    from index.corpus.documents import load_corpus

    docs, _ = load_corpus(config.corpus_dir)
    passages = make_passages(docs, config.chunking.max_words, config.chunking.min_words)
    texts = [p.embed_text for p in passages]
    embedder.encode(texts)  # warm-up: first large batches are slower
    raws, builds = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        embedder.encode(texts)
        raws.append(time.perf_counter() - t)
        tmp = Path(tempfile.mkdtemp(prefix="partnerbot-bench-"))
        try:
            scratch = config.model_copy(update={"index_dir": tmp / "index", "cache_dir": tmp / "cache"})
            embedder.onnx_dir = None  # the ONNX export is a one-time model artefact, not part of a build
            t = time.perf_counter()
            build_index(scratch, embedder, progress=False)
            builds.append(time.perf_counter() - t)
        finally:
            embedder.onnx_dir = config.cache_dir / "onnx" if config.model.onnx_queries else None
            shutil.rmtree(tmp, ignore_errors=True)
    raw, build = float(np.median(raws)), float(np.median(builds))
    return {
        "passages": len(texts),
        "raw_encode_s": round(raw, 3),
        "build_s": round(build, 3),
        "raw_encode_passages_per_s": round(len(texts) / raw, 1),
        "build_passages_per_s": round(len(texts) / build, 1),
        "build_over_raw": round(build / raw, 3),
        "repeats": repeats,
    }


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bench(ctx, rounds: int, scale: list[int], echo) -> dict:
    from index.build.builder import build_index
    from index.engine import Engine
    from index.search.embedding import Embedder

    config = ctx.config
    report: dict = {"date": time.strftime("%Y-%m-%d"), "machine": machine_info()}
    tmp = Path(tempfile.mkdtemp(prefix="partnerbot-bench-"))
    try:
        embedder = Embedder.from_config(config)
        embedder.ensure_onnx()
        report["build"] = bench_build(config, embedder)
        live = config.model_copy(update={"index_dir": tmp / "index"})
        build_index(live, embedder, progress=False)
        engine = Engine(live, embedder)
        report["query_backend"] = embedder.query_backend
        report["ask"] = bench_ask(engine, rounds)
        report["peak_rss_mb"] = round(peak_rss_mb(), 1)
        cfg_file = tmp / "config.yaml"
        import yaml

        data = json.loads(live.model_dump_json(exclude={"source_path"}))
        cfg_file.write_text(yaml.safe_dump(data))
        report["cold_start"] = bench_cold_start(cfg_file)
        if scale:
            from bot.bench_scale import bench_scale

            report["scale"] = bench_scale(scale, config, embedder, echo)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report


def machine_info() -> dict:
    import platform

    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": _cpu_model(),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def format_report(r: dict) -> str:
    lines = [f"partnerbot bench — {r['date']} — {r['machine']['cpus']} CPUs, {r['machine']['processor']}"]
    b = r["build"]
    lines.append(
        f"build (from scratch, {b['passages']} passages): {b['build_s']}s = "
        f"{b['build_passages_per_s']} passages/s; "
        f"raw encode {b['raw_encode_s']}s = {b['raw_encode_passages_per_s']} passages/s; "
        f"build/raw = {b['build_over_raw']}"
    )
    a = r["ask"]["end_to_end_ms"]
    lines.append(
        f"ask, warm ({r['query_backend']} query encoder, n={a['n']}): p50 {a['p50']} ms, "
        f"p95 {a['p95']} ms, p99 {a['p99']} ms"
    )
    for k, v in r["ask"]["stages_ms"].items():
        lines.append(f"  {k:8s} p50 {v['p50']:8.3f}  p95 {v['p95']:8.3f}  p99 {v['p99']:8.3f} ms")
    c = r["cold_start"]["process_to_first_answer_ms"]
    lines.append(
        f"cold start (process start → first answer): p50 {c['p50']:.0f} ms, max of {c['n']} runs {c['p99']:.0f} ms"
    )
    lines.append(f"peak memory (this process): {r['peak_rss_mb']} MB")
    for row in r.get("scale", []):
        lines.append(
            f"scale {row['passages']:>9,} passages: {row['index']:6s} "
            f"search p50 {row['search_ms']['p50']:.3f} "
            f"p95 {row['search_ms']['p95']:.3f} ms; ask p95 {row['ask_ms']['p95']:.2f} ms; "
            f"recall@10 {row['recall_at_10']:.3f}; index {row['index_mb']:.0f} MB; "
            f"build {row['build_s']:.1f}s"
        )
    return "\n".join(lines)
