"""The `partnerbot` command line: build the index, ask questions, serve Slack, report feedback."""

from __future__ import annotations

import json
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
            from index.config import load_config
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
@click.option("--config", "config_path", envvar="PARTNERBOT_CONFIG", type=click.Path(dir_okay=False),
              help="config file (default: ./config.yaml)")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None) -> None:
    """partnerbot: answers channel-partner questions with cited passages from the corpus."""
    ctx.obj = Ctx(config_path)


# -- index -----------------------------------------------------------------------
@cli.group()
def index() -> None:
    """Build or inspect the search index."""


def _build(c: Ctx, skip_invalid: bool = False, quiet: bool = False) -> None:
    from index.builder import build_index
    log = None if quiet else (lambda msg: click.echo(msg, err=True))
    res = build_index(c.config, c.engine.embedder, skip_invalid=skip_invalid, log=log)
    m = res.manifest
    for problem in res.skipped:
        click.echo(f"skipped: {problem}", err=True)
    if not quiet:
        click.echo(f"built index {m.build_id}: {m.documents} documents, {m.passages} passages "
                   f"({m.embedded} embedded, {m.reused} reused) with {m.model} in {m.build_seconds:.1f}s",
                   err=True)


@index.command("build")
@click.option("--skip-invalid", is_flag=True, help="leave out invalid corpus files instead of failing")
@pass_ctx
def index_build(c: Ctx, skip_invalid: bool) -> None:
    """Rebuild the index from corpus/ (only new or edited passages are embedded)."""
    _build(c, skip_invalid)


@index.command("status")
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
def index_status_cmd(c: Ctx, as_json: bool) -> None:
    """Show the live index and whether it is stale against corpus/."""
    from index.builder import index_status
    st = index_status(c.config, c.engine.embedder)
    if as_json:
        click.echo(json.dumps({"built": st.built, "stale": st.stale, "reason": st.reason,
                               "manifest": st.manifest.to_json() if st.manifest else None}))
        return
    if not st.built:
        click.echo(f"no index at {c.config.index_dir}; run `partnerbot index build`")
        sys.exit(1)
    m = st.manifest
    click.echo(f"index:     {c.config.index_dir} (build {m.build_id})")
    click.echo(f"built:     {m.built_at} in {m.build_seconds:.1f}s")
    click.echo(f"model:     {m.model} ({m.dimension} dims), {m.dense_index} FAISS index + BM25")
    click.echo(f"contents:  {m.documents} documents, {m.passages} passages; by level: "
               + ", ".join(f"≤{k} {v}" for k, v in m.visibility_counts.items()))
    click.echo(f"covers:    {m.corpus_range.get('from')} to {m.corpus_range.get('to')}")
    click.echo(f"status:    {'STALE: ' if st.stale else ''}{st.reason}"
               + ("; run `partnerbot index build`" if st.stale else ""))


# -- ask -------------------------------------------------------------------------
def _ensure_index(c: Ctx) -> None:
    from index.store import read_current
    if read_current(c.config.index_dir) is None:
        click.echo("No index yet: building it from corpus/ first (this happens once).", err=True)
        _build(c)


@cli.command()
@click.argument("question", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="one JSON object per question per line")
@click.option("--k", type=click.IntRange(1, 50), default=None, help="number of cited passages")
@click.option("--visibility", type=VIS, default="internal", show_default=True,
              help="highest document level allowed in the answer")
@pass_ctx
def ask(c: Ctx, question: tuple[str, ...], as_json: bool, k: int | None, visibility: str) -> None:
    """Answer QUESTION (or, with '-', one question per line from standard input)."""
    from bot.terminal import render_answer
    _ensure_index(c)
    engine = c.engine
    color = sys.stdout.isatty() and not as_json

    def answer_one(q: str) -> bool:
        try:
            ans = engine.ask(q, k=k, visibility=visibility)
        except QuestionError as exc:
            if as_json:
                click.echo(json.dumps({"question": q[:200], "error": str(exc)}))
            else:
                click.echo(f"partnerbot: {exc}", err=True)
            return False
        click.echo(json.dumps(ans.to_json(), ensure_ascii=False) if as_json else render_answer(ans, color))
        return True

    joined = " ".join(question).strip()
    if question and joined != "-":
        if not answer_one(joined):
            sys.exit(1)
        return
    if joined != "-" and sys.stdin.isatty():
        click.echo("Ask a partner question (empty line or Ctrl-D to quit).", err=True)
        while True:
            try:
                q = input("? ").strip()
            except (EOFError, KeyboardInterrupt):
                click.echo(err=True)
                return
            if not q:
                return
            answer_one(q)
            click.echo()
        return
    ok = True
    for line in sys.stdin:
        if line.strip():
            ok = answer_one(line.strip()) and ok
            if not as_json:
                click.echo()
    if not ok:
        sys.exit(1)


@cli.command()
@click.option("--rounds", type=click.IntRange(1, 1000), default=30, show_default=True,
              help="passes over the benchmark questions")
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
    click.echo(f"{res['dataset']} ({res['split']}): {res['queries']} queries, {res['documents']} documents, "
               f"{res['passages']} passages, {res['seconds']}s")
    click.echo(f"{'run':8s} {'nDCG@10':>8s} {'R@10':>7s} {'R@100':>7s} {'MRR@10':>7s}")
    for name, m in [("hybrid", res)] + list(res["ablations"].items()):
        click.echo(f"{name:8s} {m['ndcg@10']:8.4f} {m['recall@10']:7.4f} {m['recall@100']:7.4f} {m['mrr@10']:7.4f}")


@eval_group.command("questions")
@click.option("--file", "path", type=click.Path(exists=True, dir_okay=False), default="eval/questions.yaml",
              show_default=True)
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
def eval_questions_cmd(c: Ctx, path: str, as_json: bool) -> None:
    """Score the engine on the project's own question set, and sweep the answer threshold."""
    from bot.evaluate.questions import eval_questions
    _ensure_index(c)
    res = eval_questions(c.engine, Path(path))
    if as_json:
        click.echo(json.dumps(res))
        return
    click.echo(f"{res['questions']} questions ({res['answerable']} answerable, {res['unanswerable']} not)")
    click.echo(f"hit@1 {res['hit@1']:.3f}  hit@3 {res['hit@3']:.3f}  MRR {res['mrr']:.3f}")
    click.echo(f"threshold {res['threshold']}: declined {res['unanswerable_declined']}/{res['unanswerable']} "
               f"unanswerable, wrongly declined {res['answerable_declined']}/{res['answerable']} answerable")
    b = res["best_scores"]
    click.echo(f"best cosine: lowest among answerable {b['answerable_min']}, highest among unanswerable "
               f"{b['unanswerable_max']}")
    click.echo("threshold sweep (wrong decisions): " + ", ".join(f"{t:.2f}:{w}" for t, w in res["sweep"]))
    for q in res["wrongly_declined"]:
        click.echo(f"  wrongly declined: {q}")
    for q in res["answered_unanswerable"]:
        click.echo(f"  answered but should decline: {q}")
    for m in res["misses"]:
        click.echo(f"  miss@3: {m['q']!r} expected {m['expected']} got {m['got']}")


@cli.command("bench-slack")
@click.option("--concurrency", type=click.IntRange(1, 500), default=50, show_default=True)
@click.option("--extra-work", default="0,1", show_default=True,
              help="comma-separated seconds of simulated work added to each answer, one round each")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
def bench_slack(c: Ctx, concurrency: int, extra_work: str, workers: int, as_json: bool) -> None:
    """Fire concurrent signed /huawei commands at the HTTP app on loopback; report acks and deliveries."""
    import logging

    from bot.bench_slack import format_slack, run_slack_bench
    logging.basicConfig(level=logging.WARNING)
    _ensure_index(c)
    extras = [float(x) for x in extra_work.split(",") if x.strip()]
    rows = run_slack_bench(c.config, concurrency, extras, workers)
    click.echo(json.dumps(rows) if as_json else format_slack(rows))


@cli.command()
@click.option("--http", "http_mode", is_flag=True, help="serve HTTP (Events API) instead of Socket Mode")
@click.option("--host", default="0.0.0.0", show_default=True, help="HTTP mode: address to listen on")
@click.option("--port", type=click.IntRange(1, 65535), default=3000, show_default=True, help="HTTP mode: port")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="HTTP mode: worker processes")
@click.option("--threads", type=click.IntRange(1, 256), default=16, show_default=True,
              help="HTTP mode: request threads per worker")
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
    _check_token(settings)
    config = c.config
    if settings.socket_mode:
        from bot.slack.app import create_app
        from bot.slack.server import serve_socket_mode
        c.engine.warm_up()
        app, _ = create_app(config, c.engine, settings, token_verification=False)
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
        app, _ = create_app(config, engine, settings, token_verification=False)
        return wsgi_app(app)

    click.echo(f"partnerbot: serving Slack over HTTP on http://{host}:{port}{PATH} "
               f"({workers} workers × {threads} threads; Ctrl-C to stop)", err=True)
    serve_gunicorn(make_wsgi, host, port, workers, threads)


def _check_token(settings) -> None:
    """One auth.test before serving, so a bad token or no route to Slack is one clear line."""
    from slack_sdk.errors import SlackApiError

    import logging

    from bot.slack.app import make_client
    sdk_log = logging.getLogger("slack_sdk")
    level = sdk_log.level
    sdk_log.setLevel(logging.CRITICAL)  # the one-line message below says it all
    try:
        make_client(settings).auth_test()
    except SlackApiError as exc:
        raise SlackStartError(f"Slack did not accept SLACK_BOT_TOKEN ({exc.response.get('error', 'rejected')}); "
                              "check the token (README.md, 'Connecting to Slack')") from None
    except Exception as exc:
        where = settings.api_url or "https://slack.com/api/"
        raise SlackStartError(f"cannot reach the Slack Web API at {where} ({exc.__class__.__name__}); check the "
                              "network or SLACK_API_URL (README.md, 'Connecting to Slack')") from None
    finally:
        sdk_log.setLevel(level)


@cli.group()
def feedback() -> None:
    """What users said about answers."""


@feedback.command("report")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@pass_ctx
def feedback_report(c: Ctx, limit: int, as_json: bool) -> None:
    """Questions with negative votes and questions the bot could not answer, most frequent first."""
    from bot.slack.stores import AnswerStore
    path = c.config.slack.feedback_db
    if not path.exists():
        click.echo(f"no feedback yet ({path} does not exist)")
        return
    rep = AnswerStore(path).report(limit)
    if as_json:
        click.echo(json.dumps({k: [{"question": q, "count": n} for q, n in v] for k, v in rep.items()}))
        return
    for title, key in (("Questions with 👎 votes", "downvoted"), ("Questions the bot could not answer", "unanswered")):
        click.echo(f"{title}:")
        rows = rep[key]
        if not rows:
            click.echo("  (none)")
        for q, n in rows:
            click.echo(f"  {n:4d}  {q}")


class SlackStartError(PartnerbotError):
    pass


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
        click.echo(f"partnerbot: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted; the live index is unchanged", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
