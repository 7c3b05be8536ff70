from django.contrib import admin

from .models import Report


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    """Read-only: reports are asked for on the coordinators' pages and made by the worker."""

    list_display = ["__str__", "state", "failure", "requested_by", "requested_at", "attempts"]
    list_filter = ["kind", "language", "state"]
    readonly_fields = [field.name for field in Report._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
