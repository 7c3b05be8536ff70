"""The yardstick for bench/run: a bare Django project with one view, served by the same gunicorn
settings as the portal. `gunicorn bench.bare_django:application`."""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

PAGE = (
    "<!DOCTYPE html><html lang='en'><head><title>Bare</title></head><body>"
    + ("<p>The bare Django view answers with a small page.</p>" * 40)
    + "</body></html>"
)


def bare_view(request):
    return HttpResponse(PAGE)


urlpatterns = [path("", bare_view)]

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-only",  # noqa: S106
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)
application = get_wsgi_application()
