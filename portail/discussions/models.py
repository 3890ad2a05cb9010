from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Thread(models.Model):
    """A conversation among the members of one country group."""

    group = models.ForeignKey(
        "network.CountryGroupPage",
        verbose_name=_("groupe-pays"),
        on_delete=models.CASCADE,
        related_name="threads",
    )
    title = models.CharField(_("sujet"), max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("ouvert le"), auto_now_add=True)
    last_post_at = models.DateTimeField(_("dernier message le"), db_index=True)

    class Meta:
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")
        ordering = ["-last_post_at"]

    def __str__(self):
        return self.title


class Post(models.Model):
    thread = models.ForeignKey(
        Thread, verbose_name=_("discussion"), on_delete=models.CASCADE, related_name="posts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="discussion_posts",
    )
    body = models.TextField(_("message"), max_length=10000)
    created_at = models.DateTimeField(_("écrit le"), auto_now_add=True)
    hidden = models.BooleanField(_("masqué par l’équipe"), default=False)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.thread} – {self.created_at:%d/%m/%Y %H:%M}"


class Follow(models.Model):
    """Whoever follows a thread is mailed its new replies."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="follows")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="discussion_follows"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["thread", "user"], name="one_follow_per_thread")
        ]

    def __str__(self):
        return f"{self.user} → {self.thread}"
