from django.urls import path

from . import views

app_name = "consultations"

urlpatterns = [
    path("round-tables/", views.round_table_list, name="round_table_list"),
    path(
        "round-tables/<slug:forum>/<int:number>/",
        views.round_table_detail,
        name="round_table_detail",
    ),
    path("objectives/", views.objective_list, name="objective_list"),
    path("objectives/<int:number>/", views.objective_detail, name="objective_detail"),
]
