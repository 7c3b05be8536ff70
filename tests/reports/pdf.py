"""Reading a PDF the way a person's tools do: poppler's pdftotext, pdffonts and pdfinfo."""

import re
import subprocess
import zlib
from pathlib import Path

# Direction marks pdftotext puts around right-to-left runs; not part of the text.
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def text(path: Path, *, first: int | None = None, last: int | None = None) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return BIDI_MARKS.sub("", result.stdout)


def raw_text(path: Path) -> str:
    """The text with pdftotext's direction marks left in."""
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def words(path: Path) -> str:
    """The text on one line, whitespace collapsed (names broken across lines join up)."""
    return " ".join(text(path).split())


def fonts(path: Path) -> set[str]:
    """Embedded font names without their subset prefix: {"Noto-Naskh-Arabic", ...}."""
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    names = set()
    for line in result.stdout.splitlines()[2:]:
        name = line.split()[0]
        names.add(name.split("+", 1)[-1])
    return names


def info(path: Path) -> dict[str, str]:
    result = subprocess.run(
        ["pdfinfo", "-enc", "UTF-8", str(path)], capture_output=True, text=True, check=True
    )
    fields = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def languages(path: Path) -> set[str]:
    """Every /Lang the PDF declares (the document's, and passages in another language), read
    through its compressed object streams."""
    data = path.read_bytes()
    chunks = [data]
    for stream in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            chunks.append(zlib.decompress(stream.group(1)))
        except zlib.error:
            continue
    return {
        found.decode() for chunk in chunks for found in re.findall(rb"/Lang\s*\(([^)]*)\)", chunk)
    }


def structure(path: Path) -> str:
    """The tagged structure tree (headings, paragraphs, tables) as pdfinfo prints it."""
    return subprocess.run(
        ["pdfinfo", "-struct", str(path)], capture_output=True, text=True, check=True
    ).stdout
