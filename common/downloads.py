"""Uploaded files go out through views that check who may see them, never through /media/.

`serve_upload` answers a download; the widgets and the admin mixin link a form's stored file to
that view instead of to `FieldFile.url`, which is only served while DEBUG is on.
"""

from collections.abc import Callable
from pathlib import PurePosixPath

from django.contrib.admin.widgets import AdminFileWidget
from django.forms import ClearableFileInput
from django.http import FileResponse, Http404


def serve_upload(upload, *, filename: str, public: bool) -> FileResponse:
    """The stored file `upload` as a PDF attachment named `filename` (chosen by the portal,
    never by the uploader); 404 if there is none or it is missing from the storage.

    Only PDFs are accepted on upload, but the headers make sure that whatever is stored is
    downloaded, never rendered by the browser on the portal's origin."""
    if not upload:
        raise Http404
    try:
        handle = upload.open("rb")
    except (FileNotFoundError, IsADirectoryError) as missing:
        raise Http404 from missing
    response = FileResponse(
        handle, as_attachment=True, filename=filename, content_type="application/pdf"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    # Files in reach of some people only must not be kept by shared caches.
    response["Cache-Control"] = "public, max-age=300" if public else "private, no-store"
    return response


class _DownloadLink:
    """What the file widgets' templates show for a stored file: a link to `url`, with the
    stored (random) file name as its text."""

    def __init__(self, url: str, name: str):
        self.url = url
        self.name = name

    def __str__(self):
        return self.name


class DownloadLinkFileInput(ClearableFileInput):
    """A file input whose "Currently:" link goes to the permission-checked download.

    `url_for` gives the download's address for a stored file (a FieldFile: `.instance` is its
    record, `.field` its model field)."""

    def __init__(self, attrs=None, *, url_for: Callable):
        super().__init__(attrs)
        self.url_for = url_for

    def is_initial(self, value):
        return bool(value) and (isinstance(value, _DownloadLink) or hasattr(value, "instance"))

    def format_value(self, value):
        if self.is_initial(value) and not isinstance(value, _DownloadLink):
            return _DownloadLink(self.url_for(value), PurePosixPath(value.name).name)
        return super().format_value(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["is_initial"] = self.is_initial(value)
        return context


class AdminDownloadLinkFileInput(DownloadLinkFileInput):
    template_name = AdminFileWidget.template_name


class DownloadLinksAdminMixin:
    """Admin file fields link to the download views: `download_links` maps a field's name to a
    function giving the download's address for its stored file."""

    download_links: dict[str, Callable] = {}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.download_links:
            kwargs["widget"] = AdminDownloadLinkFileInput(
                url_for=self.download_links[db_field.name]
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)
