from django.urls import path

from . import views

app_name = "newsletter"

urlpatterns = [
    path("", views.subscribe_view, name="subscribe"),
    path("confirmer/<str:token>/", views.confirm_view, name="confirm"),
    path("desabonnement/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
]
