"""Uploaded files: random stored names, and checks of type (by content) and size.

Every upload field of the portal takes PDFs only: `validate_pdf` keeps a file only if a PDF
reader can open it, and `RandomUploadName` stores it as `<folder>/<random>.pdf`, whatever the
uploaded name said (an `.html` or `.svg` name must never reach the storage)."""

import uuid

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

PDF_MAGIC = b"%PDF-"
PDF_EXTENSION = ".pdf"
_DAMAGED = _("The PDF document cannot be opened: it is damaged or incomplete.")


@deconstructible
class RandomUploadName:
    """Stored names are random, so that an uploaded file's name can neither collide, be
    guessed nor carry markup; the extension is the one of the only type accepted (PDF,
    checked by content), never the uploaded one."""

    def __init__(self, folder: str):
        self.folder = folder

    def __call__(self, instance, filename: str) -> str:
        return f"{self.folder}/{uuid.uuid4().hex}{PDF_EXTENSION}"

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
    """A PDF by its content, whatever its name says: it starts with the PDF header, and a PDF
    reader opens it and finds its pages (the header alone is easily put in front of markup)."""
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    try:
        if upload.read(len(PDF_MAGIC)) != PDF_MAGIC:
            raise ValidationError(_("The file is not a PDF document."), code="not_pdf")
        upload.seek(0)
        _check_pdf_opens(upload)
    finally:
        upload.seek(position)


def _check_pdf_opens(stream) -> None:
    # Imported when a file is checked, not when the portal starts (a quarter of a second).
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    try:
        pages = len(PdfReader(stream).pages)  # a password-less encryption is opened as it is
    except FileNotDecryptedError as locked:
        raise ValidationError(
            _("The PDF document is protected by a password: upload a copy without one."),
            code="pdf_encrypted",
        ) from locked
    except Exception as damaged:
        # Hostile or broken bytes make a PDF reader fail in many ways besides its own errors
        # (recursion, lookups, arithmetic): each one means the file cannot be opened.
        raise ValidationError(_DAMAGED, code="pdf_damaged") from damaged
    if pages < 1:
        raise ValidationError(_DAMAGED, code="pdf_damaged")
