"""A meeting file as plain data, with the line of every key and list entry, for errors that say
where to look. JSON is YAML too: PyYAML composes both."""

from dataclasses import dataclass

import yaml

# Errors are printed in the terminal of the secretariat member who runs the command; like Django's
# own management commands they stay in English (no gettext).

Path = tuple  # ("parts", 1, "items", 3, "speakers", 0, "role")


def path_label(path: Path) -> str:
    label = ""
    for step in path:
        label += f"[{step}]" if isinstance(step, int) else (f".{step}" if label else str(step))
    return label


@dataclass(frozen=True)
class Problem:
    line: int | None
    path: Path
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        field = f"{path_label(self.path)}: " if self.path else ""
        return f"{where}{field}{self.message}"


class MeetingFileError(Exception):
    """Every problem found in a file; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.line or 0, path_label(p.path)))
        super().__init__("\n".join(str(problem) for problem in self.problems))


class Located:
    """The file's data and the line of each path in it."""

    def __init__(self, data, lines: dict):
        self.data, self.lines = data, lines

    def line(self, path: Path) -> int | None:
        """The line of `path`, or of the nearest enclosing record that is in the file."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return None


def parse(text: str) -> Located:
    loader = yaml.SafeLoader(text)
    lines: dict = {}
    problems: list[Problem] = []
    try:
        node = loader.get_single_node()
        if node is None:
            raise MeetingFileError([Problem(1, (), "the file is empty")])
        data = _plain(loader, node, (), lines, problems)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise MeetingFileError([Problem(line, (), f"not YAML or JSON: {error.problem}")]) from error
    finally:
        loader.dispose()
    if problems:
        raise MeetingFileError(problems)
    return Located(data, lines)


def _plain(loader, node, path: Path, lines: dict, problems: list):
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        result = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(line, path, "a key must be a plain word"))
                continue
            key = str(loader.construct_object(key_node))
            if key in result:
                problems.append(Problem(line, (*path, key), "this key is given twice"))
                continue
            lines[(*path, key)] = line
            result[key] = _plain(loader, value_node, (*path, key), lines, problems)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _plain(loader, child, (*path, index), lines, problems)
            for index, child in enumerate(node.value)
        ]
    # Dates and times stay as written (JSON has them as strings; YAML 1.1 reads 09:30 as 570).
    written_as_moment = any(c in node.value for c in "-:") and not node.value.lstrip("+-").isdigit()
    if node.tag.endswith((":timestamp", ":int")) and written_as_moment:
        return node.value
    return loader.construct_object(node)
