"""Files to upload in tests: a real (tiny) PDF, and files that only pretend to be one."""


def _tiny_pdf() -> bytes:
    """A well-formed one-page PDF, cross-reference table and all, as a PDF writer makes it."""
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>",
    ]
    pdf = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return pdf


TINY_PDF = _tiny_pdf()

# (name, content, content type): what the portal must refuse, whatever name and type it is sent
# with. Each has the PDF magic number in its first kilobyte, which once was the whole check.
NOT_REALLY_PDF = {
    "html with the magic number": (
        "x.html",
        b"<!DOCTYPE html><html><body><!-- %PDF-1.4 --><script>alert(document.domain)</script>"
        b"</body></html>",
        "text/html",
    ),
    "svg with the magic number": (
        "x.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><!-- %PDF-1.4 -->'
        b"<script>alert(document.domain)</script></svg>",
        "image/svg+xml",
    ),
    "html behind a pdf header": (
        "x.pdf",
        b"%PDF-1.4\n<html><script>alert(document.domain)</script></html>\n%%EOF\n",
        "application/pdf",
    ),
    "truncated pdf": ("x.pdf", TINY_PDF[: len(TINY_PDF) // 2], "application/pdf"),
    "magic number alone": ("x.pdf", b"%PDF-", "application/pdf"),
}
