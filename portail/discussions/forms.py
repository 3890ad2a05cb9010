from django import forms
from django.utils.translation import gettext_lazy as _


class ThreadForm(forms.Form):
    title = forms.CharField(label=_("Sujet"), max_length=200)
    body = forms.CharField(label=_("Message"), max_length=10000, widget=forms.Textarea)


class ReplyForm(forms.Form):
    body = forms.CharField(label=_("Votre réponse"), max_length=10000, widget=forms.Textarea)
