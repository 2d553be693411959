"""Writes deploy/config.yaml: the repository's config.yaml with deploy/overrides.yaml merged on top.

Run by deploy/Dockerfile at image build time (and by tests/test_deploy.py), so the image keeps every tuned
setting of config.yaml and changes only the paths and state settings a replica needs.
Usage: python deploy/merge_config.py config.yaml deploy/overrides.yaml deploy/config.yaml
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def merged(base: dict, overrides: dict) -> dict:
    """base with overrides on top: a section (mapping) is updated key by key, anything else replaced."""
    out = dict(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out


def main(base: str, overrides: str, target: str) -> None:
    data = merged(yaml.safe_load(Path(base).read_text()), yaml.safe_load(Path(overrides).read_text()))
    Path(target).write_text(yaml.safe_dump(data, sort_keys=False))


if __name__ == "__main__":
    main(*sys.argv[1:4])
