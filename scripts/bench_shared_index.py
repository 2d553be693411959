"""Time the shared index (docs/reliability.md): publish, fetch, and how soon another host's Engine swaps.

Two "hosts" (directories with their own config, corpus copy and index_dir) share one
`state.shared_index_dir`, all under a temporary directory. With --synthetic N it also times
publish and fetch of an N-passage synthetic build written by bot/bench_scale.py's writer.
Usage: .venv/bin/python scripts/bench_shared_index.py [--poll 1] [--synthetic 100000]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.bench_scale import _write_build, synthetic_tokens, synthetic_vectors  # noqa: E402
from bot.builds import build_and_publish, fetch_if_shared  # noqa: E402
from bot.config import load_config  # noqa: E402
from bot.replica import ReplicaWatcher  # noqa: E402
from index.build.shared import fetch_shared, publish_shared  # noqa: E402
from index.build.store import read_current  # noqa: E402
from index.engine import Engine  # noqa: E402

NOTE = (
    "---\nid: zebra\ntitle: Zebra warranty\nkind: note\nsource: S\npublished: 2021-03-01\nvisibility: partner\n---\n"
    "The zebra-stripe warranty covers screens for two years.\n"
)


def _size(build: Path) -> float:
    return sum(f.stat().st_size for f in build.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--poll", type=float, default=1.0, help="state.index_poll_seconds of the fetching host")
    ap.add_argument("--synthetic", type=int, default=0, help="also time an N-passage synthetic build")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="partnerbot-shared-"))
    base = yaml.safe_load((ROOT / "config.yaml").read_text())
    cache = ROOT / ".partnerbot" / "cache"  # the checkout's embedding cache: the builds do not re-embed

    def host(name: str):
        home = root / name
        shutil.copytree(ROOT / "corpus", home / "corpus")
        state = {"shared_index_dir": str(root / "shared"), "index_poll_seconds": args.poll}
        cfg = dict(base, corpus_dir="corpus", index_dir="index", cache_dir=str(cache), state=state)
        (home / "config.yaml").write_text(yaml.safe_dump(cfg))
        return load_config(home / "config.yaml")

    try:
        a, b = host("a"), host("b")
        emb = Engine(a).embedder
        res, _ = build_and_publish(a, emb, progress=False)
        m = res.manifest
        shutil.rmtree(root / "shared")
        t = time.perf_counter()
        publish_shared(a.index_dir, root / "shared")
        pub = time.perf_counter() - t
        t = time.perf_counter()
        got = fetch_if_shared(b, emb)
        fetch = time.perf_counter() - t
        print(
            f"shipped corpus: {m.documents} documents, {m.passages} passages, "
            f"{_size(a.index_dir / 'builds' / m.build_id):.1f} MB: publish {pub * 1000:.0f} ms, "
            f"fetch {fetch * 1000:.0f} ms ({got.status})"
        )
        engine_b = Engine(b, emb)
        engine_b.ask("Can we resell Huawei phones?")
        (a.corpus_dir / "notes" / "zebra.md").write_text(NOTE)
        watcher = ReplicaWatcher(b, emb).start()
        new = build_and_publish(a, emb, progress=False)[0].manifest.build_id
        t = time.perf_counter()
        while engine_b.snapshot().manifest.build_id != new:
            time.sleep(0.01)
        print(f"published -> the other host's Engine swapped: {time.perf_counter() - t:.2f} s (poll {args.poll} s)")
        watcher.stop()
        if args.synthetic:
            n, syn = args.synthetic, root / "synthetic"
            _write_build(syn / "a", synthetic_vectors(n, 384), synthetic_tokens(n), 50000, emb.fingerprint, emb.name)
            bid = read_current(syn / "a")
            t = time.perf_counter()
            publish_shared(syn / "a", syn / "shared")
            pub = time.perf_counter() - t
            t = time.perf_counter()
            got = fetch_shared(syn / "shared", syn / "b", emb.name, emb.fingerprint)
            fetch = time.perf_counter() - t
            print(
                f"synthetic: {n} passages, {_size(syn / 'a' / 'builds' / bid):.0f} MB: publish {pub:.2f} s, "
                f"fetch {fetch:.2f} s ({got.status})"
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
