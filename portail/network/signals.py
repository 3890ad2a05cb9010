from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import CountryGroupPage
from .roles import coordinator_group


@receiver(post_save, sender=CountryGroupPage)
def give_new_group_its_coordinators(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        transaction.on_commit(lambda: coordinator_group(instance))
