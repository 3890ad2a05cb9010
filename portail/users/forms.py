"""Wagtail's user forms with what a member's account adds: its authority and function."""

from wagtail.users.forms import UserCreationForm, UserEditForm

MEMBER_FIELDS = ("member", "job_title")


class PortailUserCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | set(MEMBER_FIELDS)


class PortailUserEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | set(MEMBER_FIELDS)
