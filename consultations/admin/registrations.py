"""Registrations and shared seats, listed for the secretariat, who marks attendance; the
organisations decide on the seats they share."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from consultations import services
from consultations.models import Registration, SharedSeat

from .base import run_service


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "event", "state", "attended", "created_at")
    list_filter = ("event", "state", "attended", "organisation__group")
    search_fields = ("user__email", "organisation__name", "organisation__acronym")
    list_select_related = ("user", "organisation", "event")
    readonly_fields = [
        "event",
        "user",
        "organisation",
        "state",
        "attended",
        "attendance_marked_by",
        "created_at",
        "updated_at",
    ]
    actions = ["mark_attended", "mark_absent"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Mark as attended"))
    def mark_attended(self, request, queryset):
        run_service(
            self,
            request,
            queryset,
            lambda r, **kw: services.mark_attendance(registration=r, attended=True, **kw),
            _("%(count)s registrations marked as attended."),
        )

    @admin.action(description=_("Mark as absent"))
    def mark_absent(self, request, queryset):
        run_service(
            self,
            request,
            queryset,
            lambda r, **kw: services.mark_attendance(registration=r, attended=False, **kw),
            _("%(count)s registrations marked as absent."),
        )


@admin.register(SharedSeat)
class SharedSeatAdmin(admin.ModelAdmin):
    """Every seat shared, for the secretariat to see; the organisations decide on them."""

    list_display = (
        "event",
        "from_organisation",
        "to_organisation",
        "state",
        "offered_by",
        "created_at",
        "decided_at",
    )
    list_filter = ("state", "event")
    search_fields = ("from_organisation__name", "to_organisation__name")
    list_select_related = ("event", "from_organisation", "to_organisation", "offered_by")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
