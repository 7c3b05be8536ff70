from django.urls import path

from . import dashboard, editing, exports, views

app_name = "pledges"

urlpatterns = [
    path("", views.pledge_list, name="pledge_list"),
    path("mine/", views.my_pledges, name="mine"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("export.csv", exports.export_csv, name="export_csv"),
    path("export.json", exports.export_json, name="export_json"),
    path("new/", editing.pledge_create, name="pledge_create"),
    path("<int:pk>/", views.pledge_detail, name="pledge_detail"),
    path("<int:pk>/attachment/", views.pledge_attachment, name="pledge_attachment"),
    path("<int:pk>/edit/", editing.pledge_edit, name="pledge_edit"),
    path("<int:pk>/submit/", editing.pledge_submit, name="pledge_submit"),
    path("<int:pk>/withdraw/", editing.pledge_withdraw, name="pledge_withdraw"),
    path("<int:pk>/progress/", editing.progress_create, name="progress_create"),
]
