"""YAML for configs and rule files that cannot exhaust the machine.

A pull request can carry its own ``sunting.yaml`` or rule pack, so CI runs sunting on YAML
nobody reviewed. Two things in YAML make a small file huge:

* **aliases** (``*name``): nine nested levels of anchors and aliases (a "billion laughs")
  build a structure that is tiny in memory but expands to billions of items for whatever
  walks it (schema validation, an error message that quotes it). sunting's files never
  need them, so an alias is refused, with the file, line and column of the alias;
* **non-finite numbers** (``.inf``, ``.nan``) that pass a schema's ``minimum`` and then
  break arithmetic: refused too.

The file is composed into nodes once (libyaml's parser when PyYAML has it: rule loading is
on the cold-start path), checked, then constructed. The nodes are returned with the data,
for error locations.
"""

from __future__ import annotations

import math

import yaml

from sunting.errors import SuntingError
from sunting.i18n import t
from sunting.schema_messages import yaml_problem_text

#: the composer (C when available); aliases are found in the composed graph
_ComposeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: a YAML file larger than this is not a config or a rule file
MAX_CHARS = 4 * 1024 * 1024


def yaml_error(exc: Exception, path: str, cls: type[SuntingError]) -> SuntingError:
    """Turn a PyYAML error into one that names file, line and column (in the interface
    language: :mod:`sunting.schema_messages` words the parser's complaint)."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = yaml_problem_text(getattr(exc, "problem", None) or str(exc), getattr(exc, "context", None))
    if mark is not None:
        return cls(t("yaml.invalid", problem=problem), path, mark.line + 1, mark.column + 1)
    return cls(t("yaml.invalid", problem=problem), path)


class _Constructor(yaml.SafeLoader):
    """SafeLoader's constructor, refusing non-finite floats where they are written."""

    def construct_yaml_float(self, node):
        value = super().construct_yaml_float(node)
        if not math.isfinite(value):
            raise yaml.constructor.ConstructorError(
                None, None, t("yaml.not_finite", value=node.value), node.start_mark)
        return value


_Constructor.add_constructor("tag:yaml.org,2002:float", _Constructor.construct_yaml_float)


def _alias_mark(text: str):
    """The mark of the first alias in ``text`` (the pure-Python parser's events carry it)."""
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            return event.start_mark, event.anchor
    return None, None


def _shares_nodes(root) -> bool:
    """True when a node is reachable twice: an alias (the composer reuses the anchored node)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.append(k)
                stack.append(v)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return False


def load(text: str, path: str, error: type[SuntingError]):
    """(data, root node) of one YAML document; ``error`` (ConfigError, RuleError) names the
    file, line and column of anything refused."""
    if len(text) > MAX_CHARS:
        raise error(t("yaml.too_large", limit=f"{MAX_CHARS // (1024 * 1024)} MB"), path)
    try:
        node = yaml.compose(text, Loader=_ComposeLoader)
    except yaml.YAMLError as e:
        raise yaml_error(e, path, error) from None
    if node is None:
        return None, None
    if _shares_nodes(node):
        mark, anchor = _alias_mark(text)
        where = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        raise error(t("yaml.alias", name=anchor or "?"), path, *where)
    loader = _Constructor("")
    try:
        data = loader.construct_document(node)
    except yaml.YAMLError as e:
        raise yaml_error(e, path, error) from None
    finally:
        loader.dispose()
    return data, node


def non_finite(data, key: str = "") -> tuple[str, float] | None:
    """(key path, value) of the first infinite or NaN number in parsed data (TOML), or None."""
    if isinstance(data, float) and not math.isfinite(data):
        return key or "?", data
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for k, v in items:
        found = non_finite(v, f"{key}.{k}" if key else str(k))
        if found:
            return found
    return None
