from django.urls import path

from . import views

app_name = "taxonomy"

urlpatterns = [
    path("pays/<str:code>/", views.country_page, name="country"),
    path("themes/<slug:slug>/", views.theme_page, name="theme"),
    path("organisations/<slug:slug>/", views.organisation_page, name="organisation"),
]
