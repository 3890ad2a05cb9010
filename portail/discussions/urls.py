from django.urls import path

from . import views

app_name = "discussions"

urlpatterns = [
    path("groupe/<id:group_id>/", views.group_view, name="group"),
    path("sujet/<id:thread_id>/", views.thread_view, name="thread"),
    path("sujet/<id:thread_id>/suivre/", views.follow_view, name="follow"),
    path("message/<id:post_id>/masquer/", views.hide_view, name="hide"),
]
