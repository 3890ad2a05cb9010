from django.db import models


class ImportRecord(models.Model):
    """What the importer last wrote for one item of an interchange file, so that importing the
    same line again changes nothing and a changed line updates the same page."""

    key = models.CharField(max_length=300, unique=True)  # "<kind>:<slug>"
    digest = models.CharField(max_length=64)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.key
