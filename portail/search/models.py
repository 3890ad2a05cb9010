from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Kind(models.TextChoices):
    NEWS = "actualite", _("Actualités")
    EVENT = "evenement", _("Agenda")
    RESOURCE = "ressource", _("Ressources")
    GROUP = "groupe-pays", _("Groupes-pays")
    FUND = "fonds", _("Fonds de solidarité")
    CALL = "appel", _("Appels à projets")
    JOB = "emploi", _("Offres d’emploi")
    PAGE = "page", pgettext_lazy("search kind", "Pages")
    MEMBER = "membre", _("Membres")


class SearchItem(models.Model):
    """A published page as the search page lists and narrows it: what a result shows (title,
    address, date, text for the snippet) and what the facets count (kind, year, countries,
    themes), read in one query whatever the mix of page types. Kept by the `facets`
    search backend, so every index update — publish, unpublish, delete, import, rebuild —
    keeps it current."""

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="search_item"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, db_index=True)
    title = models.CharField(max_length=255)
    url = models.CharField(max_length=255)
    date = models.DateField(null=True, db_index=True)
    text = models.TextField(blank=True)
    # Ids, separated by spaces: the facets of 400 results read in the same row, no join.
    country_ids = models.TextField(blank=True)
    theme_ids = models.TextField(blank=True)

    class Meta:
        verbose_name = _("entrée de recherche")
        verbose_name_plural = _("entrées de recherche")

    def __str__(self):
        return self.title


class PostgresMatch(models.Model):
    """PostgreSQL only: each search index entry's title and body vectors joined, in a table of
    its own that triggers on the index entries keep (migrations 0005, 0006), with what ranking
    reads: the object's id and the two vectors apart. A row is the vectors alone where a row
    of the index entries, texts included, is 1–2 KB: a common word's newest matches are found
    by testing rows one by one, newest first, and ranked as they are found."""

    entry_id = models.IntegerField(primary_key=True)  # the index entry's id
    content_type_id = models.IntegerField()
    object_id = models.CharField(max_length=50)
    vector = SearchVectorField()
    title = SearchVectorField(null=True)
    body = SearchVectorField(null=True)

    class Meta:
        managed = False
        db_table = "portail_search_match"

    def __str__(self):
        return f"index entry {self.entry_id}"
