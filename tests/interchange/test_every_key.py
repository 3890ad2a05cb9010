"""A line of each kind with every key the format knows, set away from its default: imported,
then exported, it comes back the same (files compared by content, not by name)."""

import hashlib
import io
import json

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction, ReferenceIndex

from portail.news.models import NewsPage

pytestmark = pytest.mark.django_db


def full_lines(folder):
    photo, logo = folder.png("photo.png", 1), folder.png("logo.png", 2)
    report, sound = folder.pdf("rapport.pdf"), folder.pdf("son.pdf", text="Un son.")
    picture = {
        "path": photo,
        "title": "Place du marché",
        "alt": "Une place animée",
        "caption": "Le marché de Podor",
        "credit": "Ville de Podor",
    }
    page = {
        "seo_title": "Pour les moteurs",
        "search_description": "Résumé",
        "expires": "2031-01-01T10:00",
    }
    return [
        {"kind": "site", "name": "Réseau", "tagline": "Devise", "tagline_en": "Motto", "logo": {"path": logo, "title": "Logo"}, "social": {"x": "https://x.com/r"}, "contact": {"email": "a@b.fr", "phone": "01", "address": "Paris"}},
        {"kind": "collection", "name": "Bureau", "privacy": {"groups": ["Adhérents"]}},
        {"kind": "theme", "name": "Eau", "slug": "eau-potable", "description": "L’eau."},
        {"kind": "organisation", "name": "AFD", "slug": "afd", "full_name": "Agence", "website": "https://afd.fr"},
        {"kind": "contact", "name": "Claire", "role": "Chargée", "email": "c@r.fr", "phone": "02"},
        {"kind": "section", "section": "news", "slug": "nouvelles", "title": "Nouvelles", "introduction": "Tout.", "show_in_menus": True, **page},
        {"kind": "page", "slug": "apropos", "title": "À propos", "lead": "Qui.", "body": "<p>Nous.</p>", "show_in_menus": True, **page},
        {"kind": "member", "name": "Podor", "type": "commune", "region": "ara", "siren": "213105554", "slug": "podor", "website": "https://podor.fr", "logo": {"path": logo, "title": "Podor"}},
        {"kind": "news", "slug": "n", "title": "N", "date": "2026-03-01", "surtitle": "Sur", "subtitle": "Sous", "lead": "Chapô", "image": picture, "themes": ["Eau"], "organisations": ["AFD"], "countries": ["Sénégal"], "contacts": [{"name": "Claire", "role": "Chargée", "email": "c@r.fr"}], "source_url": "/spip.php?article1", "privacy": {"groups": ["Adhérents"]},
         "documents": [{"title": "Rapport", "label": "Le rapport (PDF)", "path": report, "collection": "Bureau", "language": "en"}],
         "body": [{"type": "heading", "text": "Titre", "level": "h3"}, {"type": "paragraph", "html": "<p>Un <a href=\"https://e.fr\">lien</a>.</p>"}, {"type": "quote", "text": "Dit", "attribution": "Elle"}, {"type": "image", "image": picture, "caption": "Ici"}, {"type": "embed", "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "title": "Vidéo"}, {"type": "table", "rows": [["Ville", "Pays"], ["Podor", "Sénégal"]], "header": "row", "caption": "Jumelages"}], **page},
        {"kind": "event", "slug": "e", "title": "E", "start": "2027-01-20T14:00", "end": "2027-01-20T16:30", "date": "2026-12-01", "lead": "L", "image": picture, "type": "webinar", "status": "postponed", "save_the_date": True, "location": "Paris", "online": True, "online_url": "https://visio.fr", "organiser": "AFD", "registration_url": "https://ins.fr", "registration": True, "capacity": 30, "series": {"title": "Cycle", "slug": "cycle-2027", "description": "Mensuel"}, "body": "<p>Annonce.</p>", "report": "<p>Bilan.</p>", **page},
        {"kind": "resource", "slug": "r", "title": "R", "media": "sound", "date": "2026-02-01", "audio": {"path": sound, "title": "Son"}, "transcript": "<p>Texte.</p>", "gallery": [{"image": picture, "caption": "Autre"}], "video": {"path": report, "title": "Film"}, "url": "https://v.fr/1", **page},
        {"kind": "country_group", "slug": "g", "title": "G", "country": "SN", "lead": "L", "body": "<p>P.</p>", "president": {"name": "Awa", "office": "Présidente", "authority": "213105554"}, "contact": {"name": "Claire", "role": "Chargée", "email": "c@r.fr"}, **page},
        {"kind": "fund", "slug": "f", "title": "F", "crisis": "Séisme", "country": "MA", "opened": "2026-01-01", "closes": "2026-12-31", "status": "closed", "target": "1000.00", "date": "2026-01-02", "lead": "L", "image": picture, "body": "<p>B.</p>", "projects": [{"title": "École", "place": "Al Haouz", "amount": "500.00", "description": "D"}], **page},
        {"kind": "contribution", "fund": "f", "member": "213105554", "amount": "250.00", "date": "2026-02-01"},
        {"kind": "call", "slug": "c", "title": "C", "deadline": "2027-03-15T12:00", "date": "2026-12-15", "funder": "AFD", "budget": "5000.00", "link": "https://l.fr", "lead": "L", "image": picture, "body": "<p>B.</p>", "documents": [{"title": "Règlement", "path": report}], **page},
        {"kind": "job", "slug": "j", "title": "J", "employer": "CUF", "contract": "cdd", "place": "Paris", "deadline": "2027-01-31", "start": "2027-03-01", "date": "2026-12-20", "link": "https://j.fr", "lead": "L", "image": picture, "body": "<p>B.</p>", **page},
    ]  # fmt: skip


def by_content(value, base):
    """The line with each file named by the hash of its content."""
    if isinstance(value, dict):
        return {key: by_content(inner, base) for key, inner in value.items()}
    if isinstance(value, list):
        return [by_content(inner, base) for inner in value]
    if isinstance(value, str) and (base / value).is_file():
        return hashlib.sha1((base / value).read_bytes()).hexdigest()
    return value


def test_every_key_of_every_kind_comes_back_from_an_export(folder, tmp_path):
    lines = full_lines(folder)
    call_command("import", str(folder.write(*lines)), stdout=io.StringIO())
    out = tmp_path / "export" / "contenus.jsonl"
    out.parent.mkdir()
    call_command("export", str(out), stdout=io.StringIO())
    exported = [json.loads(line) for line in out.read_text().splitlines()]

    def key(line):
        return line["kind"], line.get("slug") or line.get("name") or line.get("fund")

    found = {key(line): by_content(line, out.parent) for line in exported}
    for line in lines:
        sent = by_content(line, folder.path)
        assert found.get(key(line)) == sent, line["kind"]


def test_a_members_only_line_makes_a_restricted_page(folder):
    lines = full_lines(folder)
    call_command("import", str(folder.write(*lines)), stdout=io.StringIO())
    news = NewsPage.objects.get(slug="n")
    restriction = PageViewRestriction.objects.get(page=news)
    assert [group.name for group in restriction.groups.all()] == ["Adhérents"]
    assert news.documents.first().document.collection.get_view_restrictions().exists()


def test_imported_pages_say_where_their_images_and_documents_are_used(folder):
    """The back office's "used by" (Wagtail's reference index) knows the imported pages."""
    lines = full_lines(folder)
    call_command("import", str(folder.write(*lines)), stdout=io.StringIO())
    news = NewsPage.objects.get(slug="n")
    for used in (news.image, news.documents.first().document):
        users = ReferenceIndex.get_references_to(used).values_list("object_id", flat=True)
        assert str(news.pk) in set(users), used
