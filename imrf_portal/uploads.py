"""Uploaded files: random stored names, and checks of type (by content) and size."""

import uuid
from pathlib import Path

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

PDF_MAGIC = b"%PDF-"


@deconstructible
class RandomUploadName:
    """Stored names are random, so that an uploaded file's name can neither collide, be
    guessed nor carry markup; the extension is kept for the content type."""

    def __init__(self, folder: str):
        self.folder = folder

    def __call__(self, instance, filename: str) -> str:
        suffix = Path(filename).suffix.lower()[:10]
        return f"{self.folder}/{uuid.uuid4().hex}{suffix}"

    def __eq__(self, other):
        return isinstance(other, RandomUploadName) and other.folder == self.folder


@deconstructible
class MaxFileSize:
    def __init__(self, limit: int):
        self.limit = limit

    def __call__(self, upload) -> None:
        if upload.size > self.limit:
            raise ValidationError(
                _("The file is %(size)s; at most %(limit)s is accepted."),
                code="file_too_large",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(self.limit)},
            )

    def __eq__(self, other):
        return isinstance(other, MaxFileSize) and other.limit == self.limit


def validate_pdf(upload) -> None:
    """A PDF by its content, whatever its name says."""
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(position)
    if PDF_MAGIC not in head[:1024]:
        raise ValidationError(_("The file is not a PDF document."), code="not_pdf")
