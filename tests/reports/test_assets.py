"""What a report may load while WeasyPrint prints it: the portal's static files, and nothing
else — no `..`, plain or percent-encoded, no symbolic link out, no other scheme or host. Printed
by the real WeasyPrint, read back with poppler."""

import logging
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from reports.rendering import LOCAL_ASSETS, html_to_pdf, local_asset
from tests.reports import pdf

SECRET = "SECRET-OUTSIDE-THE-STATIC-FILES"
ALLOWED = "ALLOWED-STATIC-FILE"


@pytest.fixture
def place(tmp_path):
    """A static folder with one stylesheet, and beside it a folder of secrets: a stylesheet and
    an image that no report may load, and a link from the static folder to the secrets."""
    static = tmp_path / "static"
    secrets = tmp_path / "secrets"
    static.mkdir()
    secrets.mkdir()
    (static / "allowed.css").write_text(f'body::before {{ content: "{ALLOWED}" }}')
    (secrets / "leak.css").write_text(f'body::after {{ content: "{SECRET}" }}')
    Image.new("RGB", (40, 40), "red").save(secrets / "leak.png")
    (static / "link").symlink_to(secrets, target_is_directory=True)
    return static, secrets


# Addresses of a secret file as a report's HTML could write them: {base} is the static folder's
# URL, {up} enough `..` to climb from it to the root, {secrets} the secrets' folder.
WAYS_OUT = [
    "{base}../secrets/{name}",  # a file URL with the static folder's URL as its prefix
    "{base}{up}{secrets}/{name}",
    "static/../../secrets/{name}",
    "{base}%2e%2e/secrets/{name}",  # percent-encoded, in an absolute or a relative address
    "%2e%2e/secrets/{name}",
    "%2E%2E/secrets/{name}",
    ".%2e/secrets/{name}",
    "link/..%2f..%2fsecrets/{name}",
    "link/{name}",  # a symbolic link out of the folder
    "{base}link/{name}",
    "file://{secrets}/{name}",
    "file://localhost{secrets}/{name}",
    "allowed.css?/../../secrets/{name}",
]


def way_out(template: str, static: Path, secrets: Path, name: str) -> str:
    return template.format(
        base=static.as_uri() + "/",
        up="/".join([".."] * (len(static.parts) - 1)),  # then {secrets} starts with a /
        secrets=secrets.as_posix(),
        name=name,
    )


def printed(html: str, static: Path, tmp_path: Path) -> Path:
    path = tmp_path / "report.pdf"
    path.write_bytes(html_to_pdf(html, assets=static).data)
    return path


def images_in(path: Path) -> int:
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return len(listing.splitlines()) - 2  # two header lines


def test_a_report_loads_its_static_files(place, tmp_path):
    static, _secrets = place

    document = printed(
        '<html><head><link rel="stylesheet" href="allowed.css"></head><body><p>Text</p></body>',
        static,
        tmp_path,
    )

    assert ALLOWED in pdf.words(document)


@pytest.mark.parametrize("way", WAYS_OUT)
def test_a_report_cannot_load_a_stylesheet_from_outside_the_static_files(
    place, tmp_path, way, caplog
):
    static, secrets = place
    address = way_out(way, static, secrets, "leak.css")
    html = (
        f'<html><head><link rel="stylesheet" href="allowed.css">'
        f'<link rel="stylesheet" href="{address}"></head><body><p>Text</p></body></html>'
    )

    with caplog.at_level(logging.ERROR, logger="weasyprint"):
        document = printed(html, static, tmp_path)

    words = pdf.words(document)
    assert SECRET not in words, address
    assert ALLOWED in words  # the document's own stylesheet still loads
    assert "may not load" in caplog.text


@pytest.mark.parametrize("way", WAYS_OUT)
def test_a_report_cannot_embed_an_image_from_outside_the_static_files(place, tmp_path, way):
    static, secrets = place
    address = way_out(way, static, secrets, "leak.png")

    html = f'<html><body><img src="{address}" alt="x"></body></html>'

    document = printed(html, static, tmp_path)

    assert images_in(document) == 0, address


def test_the_image_check_sees_an_embedded_image(place, tmp_path):
    """The check above would see the image if it were embedded: an allowed one is."""
    static, secrets = place
    (static / "allowed.png").write_bytes((secrets / "leak.png").read_bytes())

    html = '<html><body><img src="allowed.png" alt="x"></body></html>'

    document = printed(html, static, tmp_path)

    assert images_in(document) == 1


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        LOCAL_ASSETS.as_uri() + "/../../../../../../etc/passwd",
        LOCAL_ASSETS.as_uri() + "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        LOCAL_ASSETS.as_uri() + "/css/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd",
        LOCAL_ASSETS.as_uri() + "/css/portal.css%00.png",
        LOCAL_ASSETS.as_uri() + "/css/portal.css?x=1",
        "file://example.org" + str(LOCAL_ASSETS / "css" / "portal.css"),
        "http://127.0.0.1/static/css/portal.css",
        "data:text/css,body{}",
        LOCAL_ASSETS.as_uri() + "/",
    ],
)
def test_only_the_portals_static_files_pass_the_check(url):
    with pytest.raises(ValueError, match="may not load"):
        local_asset(url)


def test_the_portals_static_files_pass_the_check():
    assert (
        local_asset(LOCAL_ASSETS.as_uri() + "/css/reports.css")
        == (LOCAL_ASSETS / "css" / "reports.css").resolve()
    )
