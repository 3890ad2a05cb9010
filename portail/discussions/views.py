from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from portail.network.models import CountryGroupPage

from .access import can_read, is_moderator
from .forms import ReplyForm, ThreadForm
from .models import Follow, Post, Thread
from .services import reply, set_follow, set_hidden, start_thread


def readable_group(request, group_id):
    group = get_object_or_404(CountryGroupPage.objects.live(), pk=group_id)
    if not can_read(request.user, group):
        raise PermissionDenied
    return group


@login_required
def group_view(request, group_id):
    group = readable_group(request, group_id)
    form = ThreadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        thread = start_thread(group, request.user, **form.cleaned_data)
        return redirect("discussions:thread", thread_id=thread.pk)
    threads = group.threads.select_related("author")
    return render(
        request, "discussions/group.html", {"group": group, "threads": threads, "form": form}
    )


@login_required
def thread_view(request, thread_id):
    thread = get_object_or_404(Thread.objects.select_related("group"), pk=thread_id)
    group = readable_group(request, thread.group_id)
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        post = reply(thread, request.user, form.cleaned_data["body"])
        return redirect(f"{request.path}#message-{post.pk}")
    posts = thread.posts.select_related("author__member")
    return render(
        request,
        "discussions/thread.html",
        {
            "group": group,
            "thread": thread,
            "posts": posts,
            "form": form,
            "moderator": is_moderator(request.user),
            "following": Follow.objects.filter(thread=thread, user=request.user).exists(),
        },
    )


@login_required
@require_POST
def follow_view(request, thread_id):
    thread = get_object_or_404(Thread, pk=thread_id)
    readable_group(request, thread.group_id)
    set_follow(thread, request.user, request.POST.get("follow") == "1")
    return redirect("discussions:thread", thread_id=thread.pk)


@login_required
@require_POST
def hide_view(request, post_id):
    post = get_object_or_404(Post, pk=post_id)
    if not is_moderator(request.user):
        raise PermissionDenied
    set_hidden(post, request.POST.get("hidden") == "1")
    return redirect(reverse("discussions:thread", args=[post.thread_id]) + f"#message-{post.pk}")
