"""From content to PDF: the print template rendered in the report's language, its fingerprint,
and WeasyPrint (imported only when a PDF is made: it is a heavy library)."""

import gc
import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation

from common.cache import scope_versions
from common.i18n import text_direction

from . import content
from .models import Report

logger = logging.getLogger(__name__)

TEMPLATES = {
    Report.Kind.MEETING_SUMMARY: "reports/meeting_summary.html",
    Report.Kind.ROUND_TABLE_BRIEFING: "reports/round_table_briefing.html",
}
# The only files a print template may load: the portal's own static files, never the network.
LOCAL_ASSETS = Path(settings.BASE_DIR) / "static"


@dataclass(frozen=True)
class Stamp:
    """What changes from one generation to the next without the content changing; left out of
    the HTML that is fingerprinted."""

    version: int
    generated_at: datetime


# Where the stamp goes in a rendered document: the document is built once, fingerprinted
# without its stamp, and stamped by replacing these two comments.
STAMP_PLACES = {
    "<!--stamp-meta-->": "reports/stamp_meta.html",
    "<!--stamp-colophon-->": "reports/stamp_colophon.html",
}


def render_html(kind: str, subject, language: str, *, stamp: Stamp | None = None) -> str:
    with translation.override(language):
        context = content.build(kind, subject, language)
        context.update(
            {
                "language": language,
                "direction": text_direction(language),
                "site_url": settings.SITE_URL,
            }
        )
        html = render_to_string(TEMPLATES[kind], context)
    return html if stamp is None else apply_stamp(html, stamp, language)


def apply_stamp(html: str, stamp: Stamp, language: str) -> str:
    """The unstamped document with its date and version of generation filled in."""
    with translation.override(language):
        for place, template in STAMP_PLACES.items():
            html = html.replace(place, render_to_string(template, {"stamp": stamp}), 1)
    return html


# How long a rendered document is shared between the request that fingerprints it and the
# worker that prints it: long enough for the hop through the queue, short enough that a
# deployment with new templates or translations is soon seen.
SHARED_HTML_SECONDS = 120


# What each kind of report shows (common.cache scopes): a meeting summary is the event's page
# (figures included); a round-table briefing gathers interventions, inputs and pledges.
REPORT_SCOPES = {
    "meeting_summary": (
        "consultations",
        "gcm",
        "stakeholders.Organisation",
        "stakeholders.Profile",
    ),
    "round_table_briefing": ("gcm", "consultations", "pledges", "stakeholders.Organisation"),
}


def current_html(kind: str, subject, language: str) -> str:
    """The unstamped document as the content stands now. Rendering it is the portal's part of
    a report's cost, and the request (to fingerprint it) and the worker (to print it) need the
    same one: it is kept in the shared cache under the versions of what the report shows
    (`REPORT_SCOPES`), which every change of those records bumps; read from the shared cache,
    since the request and the worker are different processes. They are read before rendering,
    so a document rendered while the content changed is kept under older versions and never
    reused."""
    key = f"report-html:{kind}:{subject._meta.label_lower}:{subject.pk}:{language}"
    version = scope_versions(REPORT_SCOPES[kind], fresh=True)
    found = cache.get(key)
    if found is not None and found[0] == version:
        return found[1]
    html = render_html(kind, subject, language)
    cache.set(key, (version, html), SHARED_HTML_SECONDS)
    return html


def fingerprint_of(html: str) -> str:
    return hashlib.sha256(html.encode("utf-8")).hexdigest()


def content_fingerprint(kind: str, subject, language: str) -> str:
    """The fingerprint of what a report on `subject` would hold if it were made now."""
    return fingerprint_of(current_html(kind, subject, language))


@dataclass(frozen=True)
class Pdf:
    data: bytes
    pages: int


def local_asset(url: str, folder: Path = LOCAL_ASSETS) -> Path:
    """The file inside `folder` that the `file:` URL `url` names; ValueError for any other URL.

    The URL is decoded the way the file handler decodes it and the path resolved (symbolic links
    followed) before it is compared with the folder: a prefix of the URL proves nothing, since
    `static/../`, `static/%2e%2e/` and `static/..%2f` all lead out of it."""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost") or parts.query:
        raise ValueError(f"A report may not load {url!r}: only the portal's own static files")
    path = unquote(parts.path)
    if ".." in PurePosixPath(path).parts or "\x00" in path:
        raise ValueError(f"A report may not load {url!r}: no way up out of the static files")
    try:
        resolved = Path(path).resolve(strict=True)
    except OSError as missing:
        raise ValueError(f"A report may not load {url!r}: no such file") from missing
    if not resolved.is_relative_to(folder.resolve()) or not resolved.is_file():
        raise ValueError(f"A report may not load {url!r}: not one of the static files")
    return resolved


def html_to_pdf(html: str, *, assets: Path = LOCAL_ASSETS) -> Pdf:
    """A tagged PDF (PDF/UA-1): text that can be searched, copied and read aloud. The document
    may load the files of the folder `assets` (the portal's static files), and nothing else."""
    # WeasyPrint logs every step at INFO, from its import on; a worker needs only warnings.
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    # What rendering the document left behind (model instances hold reference cycles) is
    # collected once here; otherwise every collection during WeasyPrint's allocation-heavy
    # run walks it again (measured: 5-10 % of a report's time).
    gc.collect()
    base_url = assets.as_uri() + "/"

    class LocalOnly(URLFetcher):
        def fetch(self, url, headers=None):
            # What is opened is the file that was checked, named by its canonical address.
            return super().fetch(local_asset(url, assets).as_uri(), headers)

    fetcher = LocalOnly(allowed_protocols=["file"], allow_redirects=False)
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render()
    return Pdf(data=document.write_pdf(pdf_variant="pdf/ua-1"), pages=len(document.pages))
