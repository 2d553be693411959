import pytest

from bot.config import load_config
from index.errors import ConfigError

from .conftest import write_config


def test_defaults_load_and_paths_resolve(tmp_path):
    (tmp_path / "corpus").mkdir()
    cfg = load_config(write_config(tmp_path))
    assert cfg.corpus_dir == tmp_path / "corpus"
    assert cfg.index_dir.is_absolute() and cfg.retrieval.k >= 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("retrieval:\n  kk: 3\n", "unknown key 'retrieval.kk'"),
        ("retrieval:\n  k: many\n", "key 'retrieval.k'"),
        ("answer:\n  max_sentences: 0\n", "key 'answer.max_sentences'"),
        ("answer:\n  gate: maybe\n", "key 'answer.gate'"),
        ("answer:\n  gate_weights: ''\n", "key 'answer.gate_weights': an empty path"),
        ("slack:\n  channel_visibility: {C1: secret}\n", "key 'slack.channel_visibility.C1'"),
        ("corpus_dir: nowhere\n", "key 'corpus_dir': directory"),
        ("retrieval: [1, 2\n", "not valid YAML"),
        ("- just\n- a list\n", "expected a mapping"),
    ],
)
def test_bad_config_gives_one_line_naming_file_and_key(tmp_path, text, expected):
    (tmp_path / "corpus").mkdir()
    path = tmp_path / "config.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    msg = str(err.value)
    assert str(path) in msg and expected in msg, msg
    assert "\n" not in msg


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.yaml")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("retrieval:\n  k: !!int x\n", ":2: key 'retrieval.k': 'x' is not a valid int"),
        ("answer:\n  min_dense_score: !!float abc\n", "key 'answer.min_dense_score'"),
        ("retrieval:\n  k: 2018-02-30\n", "key 'retrieval.k': '2018-02-30' is not a valid date"),
        ("corpus_dir: !!python/object/apply:os.system ['true']\n", "no '!!' tags"),
        ("corpus_dir: !!timestamp soon\n", "key 'corpus_dir'"),
        ("model:\n  name: '   '\n", "key 'model.name'"),
        ("retrieval:\n  k: &a [*a]\n", "key 'retrieval.k'"),
        (b"answer:\n  max_sentences: 2  # r\xe9sum\xe9\n", "not UTF-8 text"),
        (b"\xff\xfe\x00r\x00", "not UTF-8 text"),
    ],
)
def test_hostile_config_values_are_one_line(tmp_path, text, expected):
    # Before: ValueError/AttributeError from the YAML constructors escaped as tracebacks.
    (tmp_path / "corpus").mkdir()
    path = tmp_path / "config.yaml"
    (path.write_bytes if isinstance(text, bytes) else path.write_text)(text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    msg = str(err.value)
    assert msg.startswith(str(path)) and expected in msg and "\n" not in msg, msg


def test_config_that_is_a_directory_is_one_line(tmp_path):
    (tmp_path / "config.yaml").mkdir()
    with pytest.raises(ConfigError, match="cannot read the config file"):
        load_config(tmp_path / "config.yaml")


def test_slack_section_is_the_bots_and_its_stores_resolve(tmp_path):
    """The engine's model knows nothing of Slack; the bot's adds `slack:` with the same one-line errors."""
    from index.config import load_config as load_engine_config

    (tmp_path / "corpus").mkdir()
    path = tmp_path / "config.yaml"
    path.write_text("slack:\n  queue_db: state/q.sqlite3\n  feedbak_db: x\n")
    with pytest.raises(ConfigError, match="unknown key 'slack.feedbak_db'"):
        load_config(path)
    path.write_text("slack:\n  queue_db: state/q.sqlite3\n")
    assert load_config(path).slack.queue_db == tmp_path / "state" / "q.sqlite3"
    with pytest.raises(ConfigError, match="unknown key 'slack'"):
        load_engine_config(path)
    path.write_text("retrieval:\n  k: 3\n")
    assert load_engine_config(path).retrieval.k == 3


def test_a_yes_where_a_number_belongs_is_refused_not_read_as_one(tmp_path):
    from pathlib import Path

    src = Path(__file__).resolve().parent.parent / "config.yaml"
    text = src.read_text(encoding="utf-8").replace("kind_min_cosine: 0.6", "kind_min_cosine: true")
    assert "kind_min_cosine: true" in text
    (tmp_path / "config.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="answer.kind_min_cosine"):
        load_config(tmp_path / "config.yaml")


@pytest.mark.parametrize("section, line", [("retrieval", "  k: 4"), ("chunking", "  max_words: 90")])
def test_a_yes_for_a_whole_number_is_refused_too(tmp_path, section, line):
    from pathlib import Path

    src = Path(__file__).resolve().parent.parent / "config.yaml"
    text = src.read_text(encoding="utf-8")
    assert line in text
    key = line.split(":")[0].strip()
    (tmp_path / "config.yaml").write_text(text.replace(line, f"  {key}: true", 1), encoding="utf-8")
    with pytest.raises(ConfigError, match=f"{section}.*{key}: a number is needed, not true"):
        load_config(tmp_path / "config.yaml")


def test_followups_off_written_bare_as_the_readme_shows_it_is_off(tmp_path):
    (tmp_path / "corpus").mkdir()
    path = tmp_path / "config.yaml"
    path.write_text("slack:\n  followups: off\n  channel_followups: {C0123456789: off}\n  dm_followup_minutes: 0\n")
    slack = load_config(path).slack
    assert slack.followups == "off" and slack.channel_followups == {"C0123456789": "off"}
    assert slack.dm_followup_minutes == 0
    path.write_text("slack:\n  dm_followup_minutes: -5\n")
    with pytest.raises(ConfigError, match="slack.dm_followup_minutes"):
        load_config(path)
