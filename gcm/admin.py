"""The secretariat's admin for the GCM reference: objectives, principles, forums, round tables."""

from django.contrib import admin

from common.admin_filters import TranslationStatusAdminMixin
from common.admin_tabs import TabbedAdmin

from .models import Forum, GuidingPrinciple, Objective, RoundTable


@admin.register(Objective)
class ObjectiveAdmin(TranslationStatusAdminMixin, TabbedAdmin):
    list_display = ("number", "short_title", "title", "working_translations")
    search_fields = ("title", "short_title")
    ordering = ("number",)


@admin.register(GuidingPrinciple)
class GuidingPrincipleAdmin(TabbedAdmin):
    list_display = ("number", "title", "paragraph", "working_translations")


@admin.register(Forum)
class ForumAdmin(TabbedAdmin):
    list_display = ("name", "starts_on", "ends_on", "location")
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(RoundTable)
class RoundTableAdmin(TabbedAdmin):
    list_display = ("__str__", "forum", "number")
    list_filter = ("forum",)
    filter_horizontal = ("objectives",)
