"""The `partnerbot` command line: build the index, ask questions, serve Slack, report feedback."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import click

from index.errors import PartnerbotError, QuestionError

VIS = click.Choice(["public", "partner", "internal"])


class Ctx:
    def __init__(self, config_path: str | None):
        self.config_path = config_path
        self._config = None
        self._engine = None

    @property
    def config(self):
        if self._config is None:
            from bot.config import load_config

            self._config = load_config(self.config_path)
        return self._config

    @property
    def engine(self):
        if self._engine is None:
            from index.engine import Engine

            self._engine = Engine(self.config)
        return self._engine


pass_ctx = click.make_pass_decorator(Ctx)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    envvar="PARTNERBOT_CONFIG",
    type=click.Path(dir_okay=False),
    help="config file (default: ./config.yaml)",
)
@click.pass_context
def cli(ctx: click.Context, config_path: str | None) -> None:
    """partnerbot: answers channel-partner questions with cited passages from the corpus."""
    ctx.obj = Ctx(config_path)


# -- index -----------------------------------------------------------------------
@cli.group()
def index() -> None:
    """Build or inspect the search index."""


def _build(c: Ctx, skip_invalid: bool = False, quiet: bool = False, wait: float = 600.0) -> None:
    from bot.builds import build_and_publish
    from index.corpus.documents import ignored_files

    log = None if quiet else (lambda msg: click.echo(msg, err=True))
    res, shared = build_and_publish(c.config, c.engine.embedder, skip_invalid=skip_invalid, log=log, lock_timeout=wait)
    m = res.manifest
    for warning in res.warnings:
        click.echo(f"warning: {warning}", err=True)
    for problem in res.skipped:
        click.echo(f"skipped: {problem}", err=True)
    for line in ignored_files(c.config.corpus_dir):  # never left out silently
        click.echo(f"ignored: {line}", err=True)
    if not quiet:
        click.echo(
            f"built index {m.build_id}: {m.documents} documents, {m.passages} passages "
            f"({m.embedded} embedded, {m.reused} reused) with {m.model} in {m.build_seconds:.1f}s",
            err=True,
        )
    if shared is not None and (not quiet or not shared.ok):
        click.echo(shared.line if shared.ok else f"partnerbot: {shared.line}", err=True)
    if shared is not None and not shared.ok:
        sys.exit(1)  # built here, but the other replicas cannot fetch it: `partnerbot index publish` retries


@index.command("build")
@click.option("--skip-invalid", is_flag=True, help="leave out invalid corpus files instead of failing")
@click.option(
    "--wait",
    type=click.FloatRange(0, 86400),
    default=600,
    show_default=True,
    help="seconds to wait for another build of the same index to finish",
)
@click.option("--if-stale", is_flag=True, help="do nothing when the live index is up to date with corpus/")
@pass_ctx
def index_build(c: Ctx, skip_invalid: bool, wait: float, if_stale: bool) -> None:
    """Rebuild the index from corpus/ (only new or edited passages are embedded)."""
    if if_stale:  # a corpus file that would be refused still goes to the build, which names it
        from index.build.builder import index_status

        _fetch(c, wait)  # a replica takes the published build when it is up to date, instead of building
        st = index_status(c.config, c.engine.embedder)
        if st.built and not st.stale and not st.invalid:
            click.echo(
                f"index {st.manifest.build_id} is up to date with {c.config.corpus_dir.name}/; not rebuilt", err=True
            )
            return
    _build(c, skip_invalid, wait=wait)


def _fetch(c: Ctx, wait: float = 600.0):
    """Fetch a newer build from state.shared_index_dir (nothing without one); problems get one line."""
    from bot.builds import fetch_if_shared

    res = fetch_if_shared(c.config, c.engine.embedder, lock_timeout=wait)
    if res is not None and res.status in ("fetched", "refused", "unreachable", "error", "busy"):
        click.echo(res.message if res.status == "fetched" else f"partnerbot: {res.message}", err=True)
    return res


@index.command("publish")
@pass_ctx
def index_publish(c: Ctx) -> None:
    """Publish the live build to state.shared_index_dir for the other replicas."""
    from bot.builds import publish_if_shared

    shared = publish_if_shared(c.config)
    if shared is None:
        raise click.UsageError("state.shared_index_dir is not set in config.yaml; there is nowhere to publish")
    click.echo(shared.line if shared.ok else f"partnerbot: {shared.line}", err=True)
    if not shared.ok:
        sys.exit(1)


@index.command("fetch")
@pass_ctx
def index_fetch(c: Ctx) -> None:
    """Fetch the newest build from state.shared_index_dir now (serve does it every state.index_poll_seconds)."""
    res = _fetch(c)
    if res is None:
        raise click.UsageError("state.shared_index_dir is not set in config.yaml; there is nothing to fetch")
    if res.status not in ("fetched", "refused", "unreachable", "error", "busy"):
        click.echo(res.message, err=True)
    if res.status in ("refused", "unreachable", "error", "busy", "none"):
        sys.exit(1)


def _shared_status(c: Ctx) -> dict | None:
    from index.build.shared import shared_status

    shared_dir = c.config.state.shared_index_dir
    return None if shared_dir is None else shared_status(shared_dir, c.config.index_dir)


def _shared_line(s: dict) -> str:
    if s["local"] == "unreachable":
        return f"{s['dir']} cannot be read ({s['problem']})"
    if s["build_id"] is None:
        return f"{s['dir']}: nothing published yet"
    says = {
        "matches": "the local index is this build",
        "older": "the local index is older; serve fetches it (or run `partnerbot index fetch`)",
        "newer": "the local index is newer (publish it: `partnerbot index publish`)",
    }
    return f"{s['dir']} (build {s['build_id']}): {says[s['local']]}"


@index.command("status")
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
def index_status_cmd(c: Ctx, as_json: bool) -> None:
    """Show the live index and whether it is stale against corpus/."""
    from index.build.builder import index_status
    from index.build.inventory import inventory
    from index.build.store import load_snapshot
    from index.corpus.documents import ignored_files
    from index.corpus.importers.syncstate import last_syncs

    st = index_status(c.config, c.engine.embedder)
    synced = last_syncs(c.config.cache_dir)
    damaged = st.reason.startswith("damaged: ")
    inv = None
    if st.built and not damaged:
        inv = inventory(load_snapshot(c.config.index_dir), c.config.corpus_dir)
    shared = _shared_status(c)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "built": st.built,
                    "stale": st.stale,
                    "damaged": damaged,
                    "reason": st.reason,
                    "manifest": st.manifest.to_json() if st.manifest else None,
                    "inventory": inv,
                    "ignored": ignored_files(c.config.corpus_dir),
                    "newest_document": inv["newest"] if inv else None,
                    "last_sync": synced,
                    "shared": shared,
                },
                ensure_ascii=False,
            )
        )
        if damaged:
            sys.exit(1)
        return
    if shared is not None:
        click.echo(f"shared:    {_shared_line(shared)}")
    if not st.built:
        click.echo(f"no index at {c.config.index_dir}; run `partnerbot index build`")
        sys.exit(1)
    m = st.manifest
    if m is not None:
        click.echo(f"index:     {c.config.index_dir} (build {m.build_id})")
        click.echo(f"built:     {m.built_at} in {m.build_seconds:.1f}s")
        click.echo(f"model:     {m.model} ({m.dimension} dims), {m.dense_index} FAISS index + BM25")
        click.echo(
            f"contents:  {m.documents} documents, {m.passages} passages; by level: "
            + ", ".join(f"≤{k} {v}" for k, v in m.visibility_counts.items())
        )
    if inv is not None:
        click.echo(f"covers:    {inv['oldest']} to {inv['newest']} (newest document {inv['newest']})")
        click.echo("by year:   " + ", ".join(f"{y} {n}" for y, n in inv["by_year"].items()))
        click.echo("by level:  " + ", ".join(f"{k} {v}" for k, v in inv["by_visibility"].items()) + " documents")
        sup = inv["superseded"]
        click.echo(
            f"superseded: {len(sup)}"
            + "".join(f"\n  {s['id']} ({s['published']}) by {', '.join(s['by'])}" for s in sup)
        )
        for line in inv["skipped"]:
            click.echo(f"skipped at build: {line}")
        for line in inv["invalid"]:
            click.echo(f"invalid:   {line}")
    for line in ignored_files(c.config.corpus_dir):
        click.echo(f"ignored:   {line}")
    for label, s in synced.items():
        click.echo(
            f"synced:    {label} at {s.get('at')}: {s.get('new', 0)} new, {s.get('skipped', 0)} skipped, "
            f"{s.get('errors', 0)} failed" + (f"; source not read: {s['problem']}" if s.get("problem") else "")
        )
    if not synced and c.config.sources.feeds:
        click.echo("synced:    never; run `partnerbot corpus sync`")
    if damaged:
        click.echo(f"status:    {st.reason}")
        sys.exit(1)
    click.echo(
        f"status:    {'STALE: ' if st.stale else ''}{st.reason}"
        + ("; run `partnerbot index build`" if st.stale else "")
    )


# -- corpus ----------------------------------------------------------------------
@cli.group()
def corpus() -> None:
    """Add real documents to corpus/."""


@corpus.command("add")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--kind", type=click.Choice(["article", "note"]), default=None, help="default: article")
@click.option(
    "--visibility",
    type=VIS,
    default=None,
    help="default: public for a URL on corpus.public_domains, else partner (notes: internal)",
)
@click.option("--source", default=None, help="publication, or the team that wrote a note")
@click.option("--url", default=None, help="public address of the document (one FILE only)")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), default=None, help="YYYY-MM-DD")
@click.option("--id", "doc_id", default=None, help="document id (one FILE only; default: from the title)")
@click.option("--title", default=None, help="title (one FILE only)")
@click.option("--tags", default=None, help="comma-separated, e.g. retail,storage")
@click.option("--dry-run", is_flag=True, help="show what would be added; write nothing")
@pass_ctx
def corpus_add(
    c: Ctx, files: tuple[Path, ...], kind, visibility, source, url, published, doc_id, title, tags, dry_run: bool
) -> None:
    """Import FILE... (.html, .htm, .pdf, .docx, .txt, .md) as front-mattered documents in corpus/."""
    from index.corpus.importers import ImportOptions, add_files
    from index.corpus.importers.policy import ImportPolicy

    single = [name for name, v in (("--id", doc_id), ("--title", title), ("--url", url)) if v]
    if single and len(files) > 1:
        raise click.UsageError(f"{', '.join(single)}: for one document only; pass a single FILE")
    opts = ImportOptions(
        kind=kind,
        visibility=visibility,
        source=source,
        url=url,
        published=published.date() if published else None,
        id=doc_id,
        title=title,
        tags=[t for t in tags.split(",") if t.strip()] if tags else None,
    )
    added, failed = add_files(
        list(files),
        opts,
        c.config.corpus_dir,
        out=click.echo,
        err=lambda m: click.echo(f"partnerbot: {m}", err=True),
        dry_run=dry_run,
        policy=ImportPolicy.from_config(c.config),
    )
    if dry_run:
        click.echo(f"dry run: {added} document(s) would be added; nothing was written")
    elif added:
        click.echo(f"added {added} document(s) to {c.config.corpus_dir}; run `partnerbot index build` to index them")
    if failed:
        sys.exit(1)


@corpus.command("sync")
@click.option(
    "--source",
    "urls",
    multiple=True,
    metavar="URL",
    help="sync this feed, sitemap or page instead of sources.feeds (repeatable)",
)
@click.option(
    "--published",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="YYYY-MM-DD, for a single page given with --source",
)
@click.option("--kind", type=click.Choice(["article", "note"]), default=None, help="with --source; default: article")
@click.option("--visibility", type=VIS, default=None, help="with --source; default as for corpus add")
@click.option("--name", default=None, help="with --source: publication name for pages that name none")
@click.option("--tags", default=None, help="with --source: comma-separated")
@click.option("--dry-run", is_flag=True, help="fetch and show what would be added; write nothing")
@pass_ctx
def corpus_sync(c: Ctx, urls: tuple[str, ...], published, kind, visibility, name, tags, dry_run: bool) -> None:
    """Add new pages from sources.feeds in config.yaml (or --source URL), then rebuild the index."""
    from index.corpus.importers.sync import Source, cli_sources, run_sync

    given = [
        n
        for n, v in (
            ("--published", published),
            ("--kind", kind),
            ("--visibility", visibility),
            ("--name", name),
            ("--tags", tags),
        )
        if v
    ]
    if given and not urls:
        raise click.UsageError(
            f"{', '.join(given)}: only with --source URL (configured feeds set these in config.yaml)"
        )
    if published and len(urls) != 1:
        raise click.UsageError("--published: for one page; pass a single --source URL")
    for u in urls:
        if not u.startswith(("http://", "https://")):
            raise click.UsageError(f"--source {u}: give an http:// or https:// address (files: corpus add)")
    if urls:
        sources = cli_sources(
            list(urls),
            published.date() if published else None,
            kind,
            visibility,
            name,
            [t for t in tags.split(",") if t.strip()] if tags else None,
        )
    else:
        sources = [Source.from_config(f) for f in c.config.sources.feeds]
    if not sources:
        click.echo("nothing to sync: no sources.feeds in config.yaml and no --source URL")
        return
    res = run_sync(
        c.config,
        sources,
        dry_run=dry_run,
        out=click.echo,
        warn=lambda m: click.echo(f"warning: {_safe_text(m)}", err=True),
        err=lambda m: click.echo(f"partnerbot: {_safe_text(m)}", err=True),
    )
    if dry_run:
        click.echo(f"dry run: {res.added} document(s) would be added; nothing was written")
    elif res.added:
        click.echo(f"added {res.added} document(s) to {c.config.corpus_dir}; updating the index")
        _build(c)
    else:
        click.echo("no new documents; the index is unchanged")


# -- ask -------------------------------------------------------------------------
def _ensure_index(c: Ctx) -> None:
    from index.build.store import read_current

    if read_current(c.config.index_dir) is None and c.config.state.shared_index_dir is not None:
        _fetch(c)  # a new replica loads the published build instead of building its own
    if read_current(c.config.index_dir) is None:
        click.echo("No index yet: building it from corpus/ first (this happens once).", err=True)
        _build(c)


CHAT_NOTE = "(Nothing to answer there: ask a question about Huawei and the partner rules.)"


@cli.command()
@click.argument("question", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="one JSON object per question per line")
@click.option("--k", type=click.IntRange(1, 50), default=None, help="number of cited passages")
@click.option(
    "--visibility", type=VIS, default="internal", show_default=True, help="highest document level allowed in the answer"
)
@click.option(
    "--after",
    "context",
    metavar="QUESTION",
    default=None,
    help='the question this one follows up ("and verizon?" after "did at&t sell the mate 10 pro?")',
)
@pass_ctx
def ask(c: Ctx, question: tuple[str, ...], as_json: bool, k: int | None, visibility: str, context: str | None) -> None:
    """Answer QUESTION (or, with '-', one question per line from standard input).

    In an interactive session a follow-up that leans on the question before ("and verizon?",
    "why?") is read after it, as in a Slack DM; a question that says what it is about starts a
    new topic. With --after, the question given (or each line of '-') is read after that one when it
    leans on it; the JSON's `read_after` says when it was."""
    from bot.terminal import render_answer
    from index.answer.followup import next_topic, only_acknowledges
    from index.build.records import Answer

    _ensure_index(c)
    engine = c.engine
    color = sys.stdout.isatty() and not as_json

    def answer_one(q: str, session: bool = False, after: str | None = context) -> bool:
        """Answer and print one question. In a session (stdin, prompt) no question can end it."""
        if only_acknowledges(q):  # "thanks", "ok cool": nothing to answer, and no decline either
            if as_json:
                # the same keys as an answer's, so a reader of the stream needs no special case
                chat = Answer(q[:200], False, CHAT_NOTE, [], {"total": 0.0}, {}, visibility, reason="chat")
                click.echo(_safe_json(chat.to_json()))
            else:
                click.echo(CHAT_NOTE, err=True)
            return True
        try:
            ans = engine.ask(q, k=k, visibility=visibility, context=after)
        except Exception as exc:
            if not session and not isinstance(exc, QuestionError):
                raise  # one question on the command line: main() prints the one-line reason
            msg = str(exc) if isinstance(exc, PartnerbotError) else f"internal error ({exc.__class__.__name__})"
            if not isinstance(exc, PartnerbotError):
                logging.getLogger("partnerbot.cli").debug("question failed", exc_info=True)
            if as_json:
                click.echo(_safe_json({"question": q[:200], "error": msg}))
            else:
                click.echo(f"partnerbot: {_safe_text(msg)}", err=True)
            return False
        click.echo(_safe_json(ans.to_json()) if as_json else _safe_text(render_answer(ans, color)))
        return True

    joined = " ".join(question).strip()
    if question and joined != "-":
        if not answer_one(joined):
            sys.exit(1)
        return
    if joined != "-" and sys.stdin.isatty():
        if hasattr(sys.stdin, "reconfigure"):
            sys.stdin.reconfigure(errors="surrogateescape")  # a bad byte is the engine's to clean, not a crash
        click.echo("Ask a partner question (empty line or Ctrl-D to quit).", err=True)
        topic = context  # the question a follow-up ("and verizon?") is read after
        while True:
            try:
                q = input("? ").strip()
            except (EOFError, KeyboardInterrupt):
                click.echo(err=True)
                return
            if not q:
                return
            if only_acknowledges(q):  # the topic stays
                click.echo(CHAT_NOTE + " Press Enter on an empty line to quit.", err=True)
                click.echo()
                continue
            if answer_one(q, session=True, after=topic):
                topic = next_topic(q, topic) or topic
            click.echo()
        return
    # One line in, one line out (with --json): read bytes, so that invalid UTF-8 or a stray
    # \r cannot end the session or split a line; a blank line gets an error object too.
    ok, asked = True, 0
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", "surrogateescape").rstrip("\r\n").strip()
        asked += bool(line) or as_json  # with --json a blank line is answered (an error object)
        if not line:
            if as_json:
                answer_one(line, session=True)  # reported, but a blank line is not a failed question
            continue
        ok = answer_one(line, session=True) and ok
        if not as_json:
            click.echo()
    if not asked:  # `ask </dev/null`: say why nothing was answered instead of exiting 0 silently
        click.echo(
            'partnerbot: no question given; pass one (partnerbot ask "...") or pipe one per line '
            "into `partnerbot ask -`",
            err=True,
        )
        sys.exit(2)
    if not ok:
        sys.exit(1)


def _safe_text(text: str) -> str:
    """Printable whatever the input held (lone surrogates from invalid UTF-8 become U+FFFD)."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace") if text else text


def _safe_json(obj) -> str:
    return _safe_text(json.dumps(obj, ensure_ascii=False))


@cli.command()
@click.option(
    "--rounds", type=click.IntRange(1, 1000), default=30, show_default=True, help="passes over the benchmark questions"
)
@click.option("--scale", default="", help="comma-separated synthetic corpus sizes, e.g. 10000,100000,1000000")
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
def bench(c: Ctx, rounds: int, scale: str, as_json: bool) -> None:
    """Measure latency, cold start, build throughput and memory (prints percentiles)."""
    from bot.bench import format_report, run_bench

    sizes = [int(x.replace("_", "")) for x in scale.split(",") if x.strip()]
    report = run_bench(c, rounds, sizes, lambda m: click.echo(m, err=True))
    click.echo(json.dumps(report) if as_json else format_report(report))


@cli.group("eval")
def eval_group() -> None:
    """Measure retrieval quality."""


@eval_group.command("beir")
@click.argument("path", type=click.Path(exists=True, file_okay=False))
@click.option("--split", default="test", show_default=True, help="qrels split to score")
@click.option("--dense-weight", type=click.FloatRange(0, 1), default=None, help="override retrieval.dense_weight")
@click.option("--fusion", type=click.Choice(["weighted", "rrf"]), default=None, help="override retrieval.fusion")
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
def eval_beir_cmd(c: Ctx, path: str, split: str, dense_weight, fusion, as_json: bool) -> None:
    """Index a BEIR dataset with the bot's pipeline and report nDCG@10, Recall@10/100, MRR@10."""
    from bot.evaluate.beir import eval_beir

    cfg = c.config
    upd = {k: v for k, v in (("dense_weight", dense_weight), ("fusion", fusion)) if v is not None}
    if upd:
        cfg = cfg.model_copy(update={"retrieval": cfg.retrieval.model_copy(update=upd)})
    res = eval_beir(cfg, Path(path), split, log=lambda m: click.echo(m, err=True))
    if as_json:
        click.echo(json.dumps(res))
        return
    click.echo(
        f"{res['dataset']} ({res['split']}): {res['queries']} queries, {res['documents']} documents, "
        f"{res['passages']} passages, {res['seconds']}s"
    )
    click.echo(f"{'run':8s} {'nDCG@10':>8s} {'R@10':>7s} {'R@100':>7s} {'MRR@10':>7s}")
    for name, m in [("hybrid", res)] + list(res["ablations"].items()):
        click.echo(f"{name:8s} {m['ndcg@10']:8.4f} {m['recall@10']:7.4f} {m['recall@100']:7.4f} {m['mrr@10']:7.4f}")


@eval_group.command("qa")
@click.argument("path", type=click.Path(exists=True, file_okay=False))
@click.option("--split", default="train", show_default=True, help="qrels split whose questions are asked")
@click.option("--limit", type=click.IntRange(1), default=None, help="ask only the first N questions")
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
def eval_qa_cmd(c: Ctx, path: str, split: str, limit: int | None, as_json: bool) -> None:
    """Answer quality on a BEIR-layout dataset with answers.jsonl: does the direct answer hold a gold answer?"""
    from bot.evaluate.qa import eval_qa

    res = eval_qa(c.config, Path(path), split, limit, log=lambda m: click.echo(m, err=True))
    if as_json:
        click.echo(json.dumps(res))
        return
    click.echo(f"{res['dataset']} ({res['split']}): {res['questions']} questions, {res['seconds']}s")
    for key in (
        "answered",
        "answer_hit",
        "first_sentence_hit",
        "mean_answer_words",
        "top1_passage_has_answer",
        "top3_passages_have_answer",
    ):
        click.echo(f"  {key:27s} {res[key]}")


@eval_group.command("questions")
@click.option(
    "--file", "path", type=click.Path(exists=True, dir_okay=False), default="eval/questions.yaml", show_default=True
)
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
def eval_questions_cmd(c: Ctx, path: str, as_json: bool) -> None:
    """Answer accuracy, declines and hit@k on the project's own question set (tune and held halves)."""
    from bot.evaluate.questions import eval_questions

    _ensure_index(c)
    res = eval_questions(c.engine, Path(path))
    if as_json:
        click.echo(json.dumps(res))
        return
    for name in ["all"] + [k for k in res if k != "all"]:
        r = res[name]
        click.echo(
            f"{name}: {r['questions']} questions ({r['answerable']} answerable, {r['unanswerable']} not): "
            f"answer accuracy {r['answer_accuracy']:.3f}, time {r['time_accuracy']:.3f} "
            f"({r['time_questions']}), decline precision {r['decline_precision']:.3f} recall "
            f"{r['decline_recall']:.3f}, answerable declined {r['answerable_declined']}, "
            f"hit@1 {r['hit@1']:.3f}, hit@3 {r['hit@3']:.3f}"
        )
    for w in res["all"]["wrong"]:
        click.echo(f"  wrong: {w['q']!r} -> {w['answer'][:160]!r}")
    for w in res["all"]["answered_unanswerable"]:
        click.echo(f"  should decline: {w['q']!r} -> {w['answer'][:160]!r}")


@cli.command("bench-slack")
@click.option("--concurrency", type=click.IntRange(1, 500), default=50, show_default=True)
@click.option(
    "--extra-work",
    default="0,1",
    show_default=True,
    help="comma-separated seconds of simulated work added to each answer, one round each",
)
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True)
@click.option(
    "--stalled",
    type=click.IntRange(0, 5000),
    default=0,
    show_default=True,
    help="connections held open mid-request (headers sent, body never finished) during the burst",
)
@click.option(
    "--hostile",
    type=click.IntRange(0, 500),
    default=0,
    show_default=True,
    help="signed 40 KB DMs of unclosed mentions fired first in the burst",
)
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
def bench_slack(
    c: Ctx, concurrency: int, extra_work: str, workers: int, stalled: int, hostile: int, as_json: bool
) -> None:
    """Fire concurrent signed /huawei commands at the HTTP app on loopback; report acks and deliveries."""
    import logging

    from bot.bench_slack import format_slack, run_slack_bench

    logging.basicConfig(level=logging.WARNING)
    _ensure_index(c)
    extras = [float(x) for x in extra_work.split(",") if x.strip()]
    rows = run_slack_bench(c.config, concurrency, extras, workers, stalled, hostile)
    click.echo(json.dumps(rows) if as_json else format_slack(rows))


@cli.command()
@click.option("--http", "http_mode", is_flag=True, help="serve HTTP (Events API) instead of Socket Mode")
@click.option("--host", default="0.0.0.0", show_default=True, help="HTTP mode: address to listen on")
@click.option("--port", type=click.IntRange(1, 65535), default=3000, show_default=True, help="HTTP mode: port")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True, help="HTTP mode: worker processes")
@click.option(
    "--threads",
    type=click.IntRange(1, 256),
    default=16,
    show_default=True,
    help="HTTP mode: request threads per worker",
)
@pass_ctx
def serve(c: Ctx, http_mode: bool, host: str, port: int, workers: int, threads: int) -> None:
    """Serve Slack: Socket Mode when SLACK_APP_TOKEN is set, else (or with --http) HTTP."""
    import logging

    from bot.slack.settings import load_dotenv_file, settings_from_env

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("partnerbot").setLevel(logging.INFO)
    load_dotenv_file()
    settings = settings_from_env(http_mode=http_mode or not os.environ.get("SLACK_APP_TOKEN"))
    _ensure_index(c)
    identity = _check_token(settings)  # passed on: auth.test is called once
    from bot.sync_schedule import start_for

    start_for(c.config, c.config_path or c.config.source_path)  # sources.every: a daemon thread, ends with serve
    from bot import replica

    replica.start_for(c.config, c.engine.embedder)  # state.shared_index_dir: fetches newer builds, a daemon thread
    config = c.config
    from bot.state import check_state

    check_state(config)  # a damaged store or unreachable database: one line here, not a traceback from each worker
    if settings.socket_mode:
        from bot.slack.app import create_app
        from bot.slack.server import serve_socket_mode

        c.engine.warm_up()
        app, _ = create_app(config, c.engine, settings, token_verification=False, identity=identity)
        click.echo("partnerbot: serving Slack in Socket Mode (Ctrl-C to stop)", err=True)
        serve_socket_mode(app, settings.app_token)
        return
    from bot.slack.server import PATH, serve_gunicorn

    def make_wsgi():  # runs in each worker process, after the fork
        from bot.slack.app import create_app
        from bot.slack.server import wsgi_app
        from index.engine import Engine

        engine = Engine(config)
        engine.warm_up()
        app, _ = create_app(config, engine, settings, token_verification=False, identity=identity)
        return wsgi_app(app)

    click.echo(
        f"partnerbot: serving Slack over HTTP on http://{host}:{port}{PATH} "
        f"({workers} workers × {threads} threads; Ctrl-C to stop)",
        err=True,
    )
    serve_gunicorn(make_wsgi, host, port, workers, threads)


def _check_token(settings) -> tuple[str, str]:
    """The one auth.test at start (home team, bot user), so a bad token or no route to Slack is one clear line."""
    from bot.slack.app import make_client, whoami

    return whoami(make_client(settings), settings.api_url)


@cli.group()
def feedback() -> None:
    """What users said about answers."""


@feedback.command("report")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
def feedback_report(c: Ctx, limit: int, as_json: bool) -> None:
    """Questions with negative votes and unanswered questions (last slack.retention_days), most frequent first.

    The same report as the admins' Home tab (`AnswerStore.feedback_report`), over the retention period.
    """
    from bot.state import open_answers

    store = open_answers(c.config)
    if store is None:
        click.echo(f"no feedback yet ({c.config.slack.feedback_db} does not exist)")
        return
    try:
        report = store.feedback_report(c.config.slack.retention_days, limit)
    finally:
        store.close()
    rep = {"downvoted": report["downvoted"], "unanswered": report["declined"]}
    if as_json:
        click.echo(
            json.dumps({k: [{"question": g["question"], "count": g["count"]} for g in v] for k, v in rep.items()})
        )
        return
    for title, key in (("Questions with 👎 votes", "downvoted"), ("Questions the bot could not answer", "unanswered")):
        click.echo(f"{title}:")
        if not rep[key]:
            click.echo("  (none)")
        for g in rep[key]:
            click.echo(f"  {g['count']:4d}  {g['question']}")


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except PartnerbotError as exc:
        click.echo(f"partnerbot: {_safe_text(str(exc))}", err=True)
        sys.exit(1)
    except OSError as exc:  # a file or directory the user can fix: name it, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(
            f"partnerbot: {where}{exc.strerror or exc.__class__.__name__}; check that it exists and "
            "that partnerbot may read and write it",
            err=True,
        )
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted; the live index is unchanged", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
