from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionsConfig(AppConfig):
    name = "portail.discussions"
    verbose_name = _("Discussions des groupes-pays")

    def ready(self):
        from portail.core import personal_data

        from .models import Post

        def export(email, user):
            if user is None:
                return []
            return list(
                Post.objects.filter(author=user).values("thread__title", "body", "created_at")
            )

        def erase(email, user):
            # The replies of others keep their sense: the messages stay, signed by no one.
            if user is not None:
                Post.objects.filter(author=user).update(author=None)

        personal_data.register("discussions", export, erase)
