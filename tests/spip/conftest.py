import pytest

from portail.demo.files import make_image_file, make_pdf_file

from .builder import SpipDatabaseBuilder

ARTICLE_TEXT = """Le jumelage entre {{Podor}} et {Villeneuve} a vingt ans : une fête est prévue !

{{{Un partenariat qui dure}}}

Les deux villes coopèrent sur l'eau[[Depuis la convention de 2004.]] et la santé.
_ Une nouvelle ligne, et [le site de Podor->https://podor.example.org].

Voir aussi [->art2], [le rapport annuel->doc2] et [l'agenda->rub2].

-* l'eau potable
-** trois forages
-* la santé
-# premier point

<img3|center>

<quote>La coopération, c'est d'abord des personnes.</quote>

||Les chiffres|Résumé||
| {{Année}} | {{Projets}} |
| 2024 | 12 |

----

<code>a < b</code>

<doc4>

<carte12> et un [lien cassé-> sans fin."""


def build_site(spip, img):
    """Every mapping and shortcut the migration reads, with its traps."""
    (img / "pdf").mkdir(parents=True)
    (img / "jpg").mkdir()
    (img / "pdf" / "rapport.pdf").write_bytes(
        make_pdf_file(
            "rapport.pdf", "Rapport annuel", ["Bilan de la coopération décentralisée."]
        ).read()
    )
    (img / "jpg" / "forage.jpg").write_bytes(make_image_file("forage.jpg", 3, size=(80, 50)).read())
    (img / "arton1.jpg").write_bytes(make_image_file("arton1.jpg", 5, size=(90, 60)).read())

    rubriques = [
        (1, 0, "Actualités"), (2, 0, "Agenda"), (3, 0, "Ressources"), (4, 0, "Appels à projets"),
        (5, 0, "À propos"), (6, 1, "Jumelages"), (7, 0, "Archives internes"),
    ]  # fmt: skip
    for ident, parent, title in rubriques:
        spip.add(
            "rubriques",
            id_rubrique=ident,
            id_parent=parent,
            titre=title,
            statut="publie",
            date="2024-01-01 00:00:00",
        )
    spip.add("urls", url="Jumelages", type="rubrique", id_objet=6, date="2024-01-01 00:00:00")

    def article(ident, rubrique, title, statut="publie", **values):
        spip.add("articles", id_article=ident, id_rubrique=rubrique, titre=title, statut=statut,
                 date=values.pop("date", "2024-03-05 10:00:00"), lang=values.pop("lang", "fr"), **values)  # fmt: skip

    article(1, 6, "Podor et Villeneuve : vingt ans de jumelage", surtitre="Jumelage", soustitre="Une fête",
            chapo="{{Vingt ans}} d'amitié.", descriptif="Résumé court.", texte=ARTICLE_TEXT,
            ps="Avec le soutien de l'AFD.", id_trad=1)  # fmt: skip
    article(2, 3, "Guide de la coopération", texte="Un guide {pratique}.")
    article(3, 1, "Un article proposé", statut="prop", texte="Pas encore relu.")
    article(4, 1, "Un article jeté", statut="poubelle", texte="Supprimé.")
    article(
        5,
        6,
        "Podor and Villeneuve: twenty years",
        lang="en",
        id_trad=1,
        texte="The twinning is {{twenty}}.",
    )
    article(6, 2, "Assises de la coopération", texte="Programme des Assises.")
    article(
        7,
        4,
        "Appel à projets Eau 2025",
        texte="Dossiers avant le 15 mars.",
        date_redac="2025-03-15 12:00:00",
    )
    article(8, 5, "Qui sommes-nous", texte="Le réseau des collectivités.")
    article(9, 7, "Note interne", texte="Ne pas migrer.")
    article(10, 1, "Un article refusé", statut="refuse", texte="Refusé.")
    spip.add(
        "urls", url="Podor-et-Villeneuve", type="article", id_objet=1, date="2024-03-06 00:00:00"
    )
    spip.add("urls", url="ancien-jumelage", type="article", id_objet=1, date="2024-03-05 00:00:00")

    spip.add("breves", id_breve=1, titre="Nouveau site", texte="Le portail ouvre.", statut="publie",
             date_heure="2024-04-01 09:00:00", lien_titre="Annonce", lien_url="https://example.org/annonce")  # fmt: skip
    spip.add(
        "breves",
        id_breve=2,
        titre="Brève en attente",
        texte="À relire.",
        statut="prop",
        date_heure="2024-04-02 09:00:00",
    )
    spip.add("evenements", id_evenement=1, id_article=6, titre="Assises 2025", descriptif="Deux jours à {Paris}.",
             date_debut="2025-06-10 09:30:00", date_fin="2025-06-11 17:00:00", lieu="Palais des congrès",
             adresse="Paris", statut="publie")  # fmt: skip

    spip.add("groupes_mots", id_groupe=1, titre="Pays")
    spip.add("groupes_mots", id_groupe=2, titre="Thématiques")
    spip.add("groupes_mots", id_groupe=3, titre="Partenaires")
    for ident, group, title in (
        (1, 1, "Sénégal"),
        (2, 1, "Atlantide"),
        (3, 2, "Jumelage"),
        (4, 3, "AFD"),
    ):
        spip.add("mots", id_mot=ident, id_groupe=group, titre=title)
        spip.add("mots_liens", id_mot=ident, id_objet=1, objet="article")
    spip.add("mots_liens", id_mot=3, id_objet=1, objet="breve")
    spip.add("urls", url="Senegal", type="mot", id_objet=1, date="2024-01-01 00:00:00")

    documents = [
        (2, "pdf", "Rapport annuel", "pdf/rapport.pdf"),
        (3, "jpg", "Forage à Podor", "jpg/forage.jpg"),
        (4, "pdf", "Compte rendu perdu", "pdf/perdu.pdf"),
    ]
    for ident, extension, title, fichier in documents:
        spip.add("documents", id_document=ident, extension=extension, titre=title, fichier=fichier,
                 credits="Ville de Podor", mode="document", statut="publie", media="file")  # fmt: skip
        spip.add("documents_liens", id_document=ident, id_objet=1, objet="article", vu="non")
    spip.add("documents_liens", id_document=2, id_objet=7, objet="article", vu="non")


@pytest.fixture(params=["sqlite", "mariadb"])
def spip_site(request, tmp_path):
    """A SPIP site (database and IMG/ folder) on each engine SPIP runs on."""
    spip = SpipDatabaseBuilder(request.param, tmp_path)
    img = tmp_path / "IMG"
    build_site(spip, img)
    spip.img = img
    yield spip
    spip.drop()


@pytest.fixture
def mapping(tmp_path):
    path = tmp_path / "mapping.toml"
    path.write_text('[rubriques]\n5 = "page"\n7 = "skip"\n\n[groupes]\n3 = "organisations"\n')
    return path
