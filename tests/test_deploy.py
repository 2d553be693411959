"""deploy/: the compose file, Dockerfile, nginx.conf and replica config agree with each other and with the README.

Docker cannot run on the test machines, so these files are checked, not run: the compose file parses and
every service, variable and volume it names is declared and used consistently; the config the image builds
(config.yaml + deploy/overrides.yaml, merged by deploy/merge_config.py) loads with the real config model and
points the shared paths at the shared volume; the Dockerfile installs the CPU torch pin before the project.
"""

from __future__ import annotations

import importlib.util
import re
import shlex
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import load_config

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
SLACK_VARS = {"SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"}
STATE_VAR = "PARTNERBOT_STATE_URL"


def _load_merge_module():
    spec = importlib.util.spec_from_file_location("merge_config", DEPLOY / "merge_config.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


merge_config = _load_merge_module()


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())  # `<<: *bot` merge keys are resolved here


@pytest.fixture(scope="module")
def replica_config(tmp_path_factory) -> dict:
    """The config the image builds, written as deploy/Dockerfile writes it; checked with the real config model.

    The image has /shared/corpus (made by the Dockerfile before the same check); here the absolute paths are
    moved under a temporary root for the check only."""
    tmp = tmp_path_factory.mktemp("deploy")
    target = tmp / "config.yaml"
    merge_config.main(str(ROOT / "config.yaml"), str(DEPLOY / "overrides.yaml"), str(target))
    text = target.read_text()
    (tmp / "shared" / "corpus").mkdir(parents=True)
    rooted = tmp / "rooted.yaml"
    rooted.write_text(text.replace(" /shared/", f" {tmp}/shared/").replace(" /var/lib/", f" {tmp}/var/lib/"))
    loaded = load_config(rooted)
    assert loaded.state.shared_index_dir == tmp / "shared" / "index"  # every absolute path was moved
    return yaml.safe_load(text)


def _bots(compose: dict) -> dict[str, dict]:
    return {name: s for name, s in compose["services"].items() if name.startswith("bot-")}


def _mounts(service: dict) -> dict[str, str]:
    """container path -> volume name, for named-volume mounts."""
    out = {}
    for m in service.get("volumes", []):
        src, dst = m.split(":")[:2]
        out[dst] = src
    return out


def _under(path: Path, mount: str) -> bool:
    return path == Path(mount) or Path(mount) in path.parents


def test_postgres_15_and_two_http_replicas(compose):
    services = compose["services"]
    assert services["postgres"]["image"].split(":")[1].startswith("15")
    bots = _bots(compose)
    assert sorted(bots) == ["bot-1", "bot-2"]
    for name, bot in bots.items():
        cmd = bot["command"]
        assert cmd[:2] == ["serve", "--http"] and cmd[cmd.index("--port") + 1] == "3000", name
        assert bot["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert bot["depends_on"]["builder"]["condition"] == "service_completed_successfully"
        assert "/healthz" in " ".join(bot["healthcheck"]["test"])


def test_every_replica_gets_the_slack_variables_and_the_state_url_of_the_postgres_service(compose):
    pg = compose["services"]["postgres"]["environment"]
    for name, bot in [*_bots(compose).items(), ("builder", compose["services"]["builder"])]:
        env = bot["environment"]
        if name != "builder":
            assert SLACK_VARS <= set(env), name
        url = urlsplit(re.sub(r"\$\{[^}]*\}", "secret", env[STATE_VAR]))
        assert url.scheme == "postgresql" and url.hostname == "postgres" and url.port == 5432, name
        assert url.username == pg["POSTGRES_USER"] and url.path == "/" + pg["POSTGRES_DB"], name
        assert "${POSTGRES_PASSWORD" in env[STATE_VAR]  # the password comes from deploy/.env, never the file


def test_the_shared_volume_holds_the_corpus_the_cache_and_the_published_builds(compose, replica_config):
    cfg = replica_config
    declared = set(compose["volumes"])
    shared_paths = [Path(cfg["state"]["shared_index_dir"]), Path(cfg["corpus_dir"]), Path(cfg["cache_dir"])]
    journal_dir, index_dir = Path(cfg["slack"]["queue_db"]).parent, Path(cfg["index_dir"])
    journals = set()
    for name in [*_bots(compose), "builder"]:
        mounts = _mounts(compose["services"][name])
        assert set(mounts.values()) <= declared, name
        for path in shared_paths:
            [mount] = [m for m in mounts if _under(path, m)]
            assert mounts[mount] == "shared", (name, path)
        own = [m for m in mounts if _under(journal_dir, m)]
        assert own and mounts[own[0]] != "shared", f"{name}: the ack journal must be on the container's own volume"
        assert not _under(index_dir, "/shared"), "replicas load from a local copy, never the shared volume"
        journals.add(mounts[own[0]])
    assert len(journals) == 3  # one journal volume per container


def test_the_replica_config_keeps_config_yaml_and_changes_only_what_overrides_say(replica_config):
    base = yaml.safe_load((ROOT / "config.yaml").read_text())
    overrides = yaml.safe_load((DEPLOY / "overrides.yaml").read_text())
    url = urlsplit(replica_config["state"]["url"])
    assert url.hostname == "postgres" and url.password is None  # the compose service; the password is in the env
    merged = merge_config.merged(base, overrides)
    for key, value in base.items():  # every tuned setting survives (answer weights, retrieval, ...)
        if key not in overrides:
            assert merged[key] == value, key
        elif isinstance(value, dict):
            assert {k: v for k, v in merged[key].items() if k not in overrides[key]} == {
                k: v for k, v in value.items() if k not in overrides[key]
            }


def test_dockerfile_installs_cpu_torch_first_and_uses_the_merged_config():
    text = (DEPLOY / "Dockerfile").read_text()
    torch = text.index('pip install "torch==2.13.0" --index-url https://download.pytorch.org/whl/cpu')
    assert torch < text.index("pip install .")
    pin = re.search(r'"torch==([\d.]+)"', (ROOT / "pyproject.toml").read_text()).group(1)
    assert f"torch=={pin}" in text  # the same pin as pyproject.toml (and scripts/bootstrap.sh)
    for line in re.findall(r"^COPY (.+)$", text, re.M):
        for src in shlex.split(line)[:-1]:
            assert (ROOT / src).exists(), f"Dockerfile copies {src}, which is not in the repository"
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv", ".git", ".partnerbot", ".env", "deploy/.env"} <= set(ignored)  # no secrets, no GBs of venv
    merge = re.search(r"merge_config\.py (\S+) (\S+) (\S+)", text).groups()
    assert merge == ("config.yaml", "deploy/overrides.yaml", "deploy/config.yaml")
    assert re.search(r"PARTNERBOT_CONFIG=/app/deploy/config\.yaml", text) and "WORKDIR /app" in text


def test_nginx_balances_over_exactly_the_replicas(compose):
    conf = (DEPLOY / "nginx.conf").read_text()
    upstream = set(re.findall(r"server (bot-\d+):(\d+)", conf))
    assert upstream == {(name, "3000") for name in _bots(compose)}
    lb = compose["services"]["lb"]
    assert "./nginx.conf:/etc/nginx/conf.d/default.conf:ro" in lb["volumes"]
    assert "proxy_next_upstream error;" in conf  # a POST already sent is never sent again


def test_env_example_names_every_variable_compose_reads():
    used = set(re.findall(r"\$\{([A-Z_]+)", (DEPLOY / "compose.yaml").read_text()))
    example = set(re.findall(r"^([A-Z_]+)=", (DEPLOY / "env.example").read_text(), re.M))
    assert used == example == SLACK_VARS | {"POSTGRES_PASSWORD"}


def test_readme_section_names_the_deploy_files_and_the_variables():
    readme = (ROOT / "README.md").read_text()
    start = readme.index("## Running on more than one host")
    section = readme[start : readme.index("\n## ", start + 1)]
    for name in ["deploy/compose.yaml", "state.shared_index_dir", "state.lease_seconds", STATE_VAR, *SLACK_VARS]:
        assert name in section, name


values = st.none() | st.integers() | st.text(max_size=3) | st.lists(st.integers(), max_size=2)
sections = st.dictionaries(st.sampled_from("abcd"), values, max_size=3)
configs = st.dictionaries(st.sampled_from("abcdef"), values | sections, max_size=4)


@settings(max_examples=60)
@given(configs, configs)
def test_merge_overrides_win_sections_merge_key_by_key_and_nothing_else_changes(base, overrides):
    out = merge_config.merged(base, overrides)
    assert set(out) == set(base) | set(overrides)
    for key, value in out.items():
        if key not in overrides:
            assert value == base[key]
        elif isinstance(overrides[key], dict) and isinstance(base.get(key), dict):
            assert value == {**base[key], **overrides[key]}
        else:
            assert value == overrides[key]
