"""Errors the doors report with file, line and column (exit status 2 in the CLI)."""

from __future__ import annotations


#: characters of a message shown at most: a message that quotes a value from a hostile
#: file (a megabyte-long string, an expanded structure) must stay a message
MAX_MESSAGE = 600


def clip(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text`` cut to ``limit`` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    from sunting.i18n import t

    return text[: limit - 40] + t("error.clipped", n=len(text) - (limit - 40))


class SuntingError(Exception):
    """A user-facing error about a file: ``path:line:col: message``."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None, column: int | None = None):
        message = clip(str(message))
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}" if where else self.message


class OptionError(ValueError):
    """A rule option the schema cannot judge is wrong (a group the pattern does not have, a
    replacement naming a missing group): ``option`` is its key path, for the location."""

    def __init__(self, message: str, *option: str | int):
        super().__init__(message)
        self.option = option


class RuleError(SuntingError):
    """A rule file that cannot be loaded."""


class ConfigError(SuntingError):
    """A configuration file that cannot be loaded."""


def locate(node, path_parts) -> tuple[int, int] | None:
    """Line and column (1-based) of the YAML node at a JSON-schema error path."""
    import yaml

    best = node
    for part in path_parts:
        if isinstance(node, yaml.MappingNode):
            found = None
            for k, v in node.value:
                if k.value == part:
                    found = v
                    break
            if found is None:
                break
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
        best = node
    if best is None:
        return None
    return best.start_mark.line + 1, best.start_mark.column + 1


def key_location(node, path_parts, key: str) -> tuple[int, int] | None:
    """Location of a mapping *key* (for 'unknown key' errors)."""
    import yaml

    for part in path_parts:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        if node is None:
            return None
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if k.value == key:
                return k.start_mark.line + 1, k.start_mark.column + 1
    return None
