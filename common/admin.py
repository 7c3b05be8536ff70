"""The audit trail in the admin: read-only, for the secretariat."""

from django.contrib import admin

from .models import AuditRecord


@admin.register(AuditRecord)
class AuditRecordAdmin(admin.ModelAdmin):
    list_display = (
        "at",
        "object_repr",
        "content_type",
        "action",
        "from_state",
        "to_state",
        "actor",
    )
    list_filter = ("content_type", "action")
    search_fields = ("object_repr", "reason", "actor__email")
    date_hierarchy = "at"
    readonly_fields = [f.name for f in AuditRecord._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
