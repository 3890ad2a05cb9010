from django.urls import path

from . import views

app_name = "registrations"

urlpatterns = [
    path("evenement/<id:event_id>/", views.register_view, name="register"),
    path("<str:token>/", views.status_view, name="status"),
]
