"""Safe YAML loading that turns every failure into one line naming the line and the key.

yaml.safe_load raises more than YAMLError: a date that does not exist (2018-02-30), an
explicit tag applied to the wrong text (`!!int x`, `!!timestamp x`) and the like raise
ValueError, AttributeError or TypeError from the constructors. Those are reported here
with the key and line of the value that failed, found by re-walking the parsed nodes.
"""

from __future__ import annotations

import re

import yaml

_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster, same safety


class _DuplicateKey(Exception):
    def __init__(self, key: str, line: int, first_line: int):
        super().__init__(key)
        self.key, self.line, self.first_line = key, line, first_line


class _UniqueKeyLoader(_BASE_LOADER):
    """The safe loader, refusing a key given twice in one mapping.

    Plain YAML keeps the last value silently, so `visibility: internal` followed by
    `visibility: public` would publish an internal note; here it is an error instead.
    """

    def construct_mapping(self, node, deep=False):
        first: dict[str, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                line = key_node.start_mark.line + 1
                if key_node.value in first:
                    raise _DuplicateKey(key_node.value, line, first[key_node.value])
                first[key_node.value] = line
        return super().construct_mapping(node, deep)


_LOADER = _UniqueKeyLoader


class YamlProblem(Exception):
    """`line` is 1-based within the YAML text (or None); `key` is a dotted path (or "")."""

    def __init__(self, message: str, line: int | None = None, key: str = ""):
        super().__init__(message)
        self.line = line
        self.key = key


def one_line(text: str, limit: int = 160) -> str:
    """Collapse whitespace (a message must stay on one line) and cut long values."""
    s = " ".join(str(text).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def load(text: str):
    """Parse YAML with the safe loader; raise YamlProblem for any failure."""
    try:
        return yaml.load(text, Loader=_LOADER)
    except _DuplicateKey as exc:
        key = one_line(exc.key, 60)
        raise YamlProblem(f"'{key}' is given twice; keep one value", exc.line, key) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or exc.__class__.__name__
        tag = re.search(r"constructor for the tag '([^']+)'", problem)
        if tag:  # !!python/... and other tags the safe loader refuses
            name = tag.group(1).replace("tag:yaml.org,2002:", "!!")
            raise YamlProblem(
                f"uses the tag {one_line(name, 60)}, which is not allowed (plain YAML values only, no '!!' tags)", line
            ) from None
        raise YamlProblem(f"not valid YAML ({one_line(problem, 80)})", line) from None
    except RecursionError:
        raise YamlProblem("nested too deeply to read") from None
    except Exception as exc:  # a constructor rejected a value: find which one
        found = _locate(text)
        if found is None:
            raise YamlProblem(
                f"a value cannot be read ({one_line(exc.__class__.__name__ + ': ' + str(exc), 80)})"
            ) from None
        key, line, raw, kind, why = found
        because = f" ({one_line(why, 60)})" if why else ""
        raise YamlProblem(f"'{key}': {one_line(repr(raw), 60)} is not a valid {kind}{because}", line, key) from None


def _locate(text: str):
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
        return _walk(node, ()) if node is not None else None
    except Exception:
        return None


def _walk(node, path: tuple[str, ...]):
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = k.value if isinstance(k, yaml.ScalarNode) else "?"
            hit = _bad(k, path + (str(key),)) or _walk(v, path + (str(key),))
            if hit:
                return hit
        return _bad(node, path) if not node.value else None
    if isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            hit = _walk(v, path + (str(i),))
            if hit:
                return hit
        return None
    return _bad(node, path)


def _bad(node, path: tuple[str, ...]):
    if not isinstance(node, yaml.ScalarNode):
        return None
    try:
        yaml.SafeLoader("").construct_object(node, deep=True)
    except Exception as exc:
        kind = node.tag.rsplit(":", 1)[-1] if node.tag else "value"
        kind = "date" if kind == "timestamp" else kind
        why = str(exc) if kind == "date" and isinstance(exc, ValueError) else ""
        return ".".join(path) or "(top level)", node.start_mark.line + 1, node.value, kind, why
    return None
