from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.utils.file import hash_filelike

from .text import extract_text


@receiver(pre_save, sender="documents.PortailDocument")
def extract_text_of_new_file(sender, instance, raw=False, **kwargs):
    """Read the text again only when the file changed (its hash), not on every title edit."""
    if raw or not instance.file:
        return
    if not instance.file_hash:  # saved in code, not through Wagtail's forms
        instance.file.open("rb")
        instance.file.seek(0)
        instance.file_hash = hash_filelike(instance.file)
        instance.file.seek(0)
    if instance.file_hash == instance.text_of_hash:
        return
    instance.extracted_text = extract_text(instance)
    instance.text_of_hash = instance.file_hash
    instance.text_changed = True
