"""The portal's URLs: public and member pages carry the language (/en/, /ar/, /fr/)."""

from allauth.account.decorators import secure_admin_login
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from common import secretariat
from common.views import health
from gcm import topics
from gcm.views import home

# The admin signs in through allauth's login: same rate limits, same second factor.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = _("IMRF Stakeholder Portal — secretariat")
admin.site.site_title = _("IMRF Stakeholder Portal")
admin.site.index_title = _("Moderation and content")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", health, name="health"),
]

urlpatterns += i18n_patterns(
    path("", home, name="home"),
    path("accounts/", include("allauth.urls")),
    path("", include("gcm.urls")),
    path("", include("consultations.urls")),
    path("", include("engagement.urls")),
    path("", include("stakeholders.urls")),
    path("pledges/", include("pledges.urls")),
    path("reports/", include("reports.urls")),
    path(
        "secretariat/translations/",
        secretariat.translation_queue,
        name="translation_queue",
    ),
    # Pages that gather every app's content on a set of objectives.
    path("objectives/<int:number>/", topics.objective_detail, name="objective_detail"),
    path(
        "round-tables/<slug:forum>/<int:number>/",
        topics.round_table_detail,
        name="round_table_detail",
    ),
)

# Uploaded files are never served from MEDIA_URL, even locally: each is downloaded through a
# view that checks who may see it (common/downloads.py).
