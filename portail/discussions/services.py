from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from portail.core.addresses import absolute_url
from portail.core.mail import deliver, templated_message

from .access import readers
from .models import Follow, Post, Thread


def start_thread(group, author, title, body):
    now = timezone.now()
    with transaction.atomic():
        thread = Thread.objects.create(group=group, author=author, title=title, last_post_at=now)
        Post.objects.create(thread=thread, author=author, body=body)
        Follow.objects.get_or_create(thread=thread, user=author)
    return thread


def reply(thread, author, body):
    """Add a reply; its author now follows the thread; the other followers are mailed."""
    with transaction.atomic():
        post = Post.objects.create(thread=thread, author=author, body=body)
        Thread.objects.filter(pk=thread.pk).update(last_post_at=post.created_at)
        Follow.objects.get_or_create(thread=thread, user=author)
        # Only those who may still read the group: a member whose authority ended its
        # partnership keeps the follow, and receives nothing.
        followers = list(
            get_user_model()
            .objects.filter(
                readers(thread.group), discussion_follows__thread=thread, is_active=True
            )
            .exclude(pk=author.pk)
            .values_list("email", flat=True)
            .distinct()
        )
        transaction.on_commit(lambda: notify(post, followers))
    return post


def notify(post, emails):
    thread = post.thread
    thread_url = absolute_url(reverse("discussions:thread", args=[thread.pk]))
    context = {
        "post": post,
        "thread": thread,
        "link": f"{thread_url}#message-{post.pk}",
        "settings_link": f"{thread_url}#suivre",
    }
    subject = _("Nouvelle réponse : %(title)s") % {"title": thread.title}
    # One mail each (followers do not see one another's addresses), over one connection.
    messages = [templated_message("discussion_reply", subject, context, [e]) for e in emails]
    deliver(messages)


def set_follow(thread, user, following):
    if following:
        Follow.objects.get_or_create(thread=thread, user=user)
    else:
        Follow.objects.filter(thread=thread, user=user).delete()


def set_hidden(post, hidden):
    post.hidden = hidden
    post.save(update_fields=["hidden"])
