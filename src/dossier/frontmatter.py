"""YAML front matter, read safely: anchors and aliases refused, depth and size capped, dates
left as strings (checked by :func:`parse_date`), every value type-checked. See :mod:`dossier.ingest`."""

from __future__ import annotations

import datetime as dt
import re

import yaml

from .decoding import Rejected


MAX_FRONT_MATTER = 64 * 1024  # characters; real front matter is a few hundred


MAX_YAML_DEPTH = 20


class _StrictLoader(yaml.SafeLoader):
    """Safe YAML that refuses anchors and aliases, caps nesting and leaves dates as strings."""

    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):  # noqa: D102 - PyYAML hook
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise Rejected(_ALIAS_REFUSED)
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise Rejected(f"front matter nests deeper than {MAX_YAML_DEPTH} levels")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_ALIAS_REFUSED = ("front matter uses YAML anchors or aliases (& and *), which are refused: they can expand a "
                  "few bytes into gigabytes")


_C_LOADER = getattr(yaml, "CSafeLoader", None)  # libyaml when the wheel has it: 10× faster


if _C_LOADER is not None:
    class _StrictCLoader(_C_LOADER):  # type: ignore[misc,valid-type]
        """libyaml's safe loader with dates left as strings; aliases and depth are checked on
        its event stream first (``_load_yaml``), as libyaml composes in C."""

        yaml_implicit_resolvers = _StrictLoader.yaml_implicit_resolvers


def _load_yaml(text: str):
    """Safe YAML without anchors, aliases or deep nesting. Raises Rejected or yaml.YAMLError."""
    if _C_LOADER is None:
        return yaml.load(text, Loader=_StrictLoader)
    depth = 0
    for event in yaml.parse(text, Loader=_C_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise Rejected(_ALIAS_REFUSED)
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                raise Rejected(f"front matter nests deeper than {MAX_YAML_DEPTH} levels")
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
    return yaml.load(text, Loader=_StrictCLoader)


FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, str, int]:
    """(metadata, body, offset of body in text). Raises Rejected on invalid, oversized or
    alias-using front matter."""
    if not text.startswith("---"):
        return {}, text, 0
    m = FRONT_MATTER.match(text)
    if not m:
        if re.match(r"\A---[ \t]*\n", text):
            raise Rejected("front matter opened with '---' but never closed")
        return {}, text, 0
    if len(m.group(1)) > MAX_FRONT_MATTER:
        raise Rejected(f"front matter is {len(m.group(1)):,} characters, more than the "
                       f"{MAX_FRONT_MATTER:,} allowed")
    try:
        meta = _load_yaml(m.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise Rejected(f"front matter is not valid YAML{where}: {problem}") from None
    except RecursionError:
        raise Rejected(f"front matter nests deeper than {MAX_YAML_DEPTH} levels") from None
    except (ValueError, TypeError, OverflowError, ArithmeticError) as exc:  # a tagged value (!!timestamp) that fails
        raise Rejected(f"front matter is not valid YAML: {str(exc)[:120]}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise Rejected(f"front matter is not a mapping of keys to values (got {type(meta).__name__})")
    return {str(k): v for k, v in meta.items()}, text[m.end():], m.end()


_KIND = {dict: "a mapping", list: "a list", bool: "true/false", bytes: "binary data", set: "a set"}


def _scalar_text(key: str, value: object, warnings: list[str]) -> str | None:
    """A metadata value as text; a value that is not text or a number is a warning."""
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    kind = _KIND.get(type(value), type(value).__name__)
    warnings.append(f"front matter {key} is {kind}, not text; ignored")
    return None


def _plain(value: object) -> object:
    """A front-matter value as plain JSON data (mappings, lists, text, numbers)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def parse_date(value: object) -> str | None:
    """An ISO date string from a YAML/CSV value, None for empty. Raises ValueError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            pass
    try:
        return dt.datetime.fromisoformat(s).date().isoformat()
    except ValueError:
        raise ValueError(f"published value {s[:60]!r} is not a date (expected YYYY-MM-DD)") from None
