"""SPIP's typographic shortcuts as body blocks (no database: the conversion is pure)."""

from portail.spip.typography import NBSP, NNBSP, Insertable, Typography

DOCUMENTS = {
    3: Insertable(
        3, "Forage à Podor", True, "jpg/forage.jpg", description="Un forage", credit="{CUF}"
    ),
    4: Insertable(4, "Rapport 2024", False, "pdf/rapport.pdf"),
    5: Insertable(5, "Reportage", False, None, url="https://www.youtube.com/watch?v=abc"),
    6: Insertable(6, "Perdu", False, None),
}


def convert(text, **kwargs):
    return Typography(DOCUMENTS, {("article", 12): "Le jumelage"}, **kwargs).convert(text)


def html_of(text):
    return "".join(block["html"] for block in convert(text).blocks if block["type"] == "paragraph")


def test_emphasis_headings_and_line_breaks():
    assert (
        html_of("Du {{gras}} et de l'{italique}")
        == "<p>Du <strong>gras</strong> et de l'<em>italique</em></p>"
    )
    assert html_of("{{{Un intertitre}}}\nSuite") == "<h2>Un intertitre</h2><p>Suite</p>"
    assert html_of("Une ligne\n_ une autre\nla même") == "<p>Une ligne<br/>une autre la même</p>"
    assert html_of("Avant\n\n----\n\nAprès") == "<p>Avant</p><hr/><p>Après</p>"


def test_french_spacing_outside_tags_and_addresses():
    assert html_of("Note : ceci ; vraiment ! « Oui »") == (
        f"<p>Note{NBSP}: ceci{NNBSP}; vraiment{NNBSP}! «{NBSP}Oui{NBSP}»</p>"
    )
    assert (
        html_of("[Lien->https://exemple.org/a?b=c]")
        == '<p><a href="https://exemple.org/a?b=c">Lien</a></p>'
    )


def test_links_to_addresses_mail_and_spip_objects():
    assert (
        html_of("[écrire->contact@cuf.fr]") == '<p><a href="mailto:contact@cuf.fr">écrire</a></p>'
    )
    assert html_of("[->art12]") == '<p><a href="/spip.php?article12">Le jumelage</a></p>'
    assert html_of("[voir->12] [rub->rub3] [br->br4] [mot->mot7]") == (
        '<p><a href="/spip.php?article12">voir</a> <a href="/spip.php?rubrique3">rub</a> '
        '<a href="/spip.php?breve4">br</a> <a href="/spip.php?mot7">mot</a></p>'
    )
    assert (
        html_of("[Le rapport->doc4]")
        == '<p><a href="/spip.php?id_document=4&amp;page=document">Le rapport</a></p>'
    )
    assert (
        html_of("[Site|bulle d'aide->www.cuf.fr]") == '<p><a href="https://www.cuf.fr">Site</a></p>'
    )
    old_site = Typography({}, {}, site_url="https://ancien.cuf.fr").convert(
        "[ici->https://ancien.cuf.fr/spip.php?article9]"
    )
    assert old_site.blocks[0]["html"] == '<p><a href="/spip.php?article9">ici</a></p>'


def test_lists_nested_and_numbered():
    assert html_of("Intro\n-* un\n-** un-un\n-* deux\n-# premier\n-# second") == (
        "<p>Intro</p><ul><li>un<ul><li>un-un</li></ul></li><li>deux</li></ul>"
        "<ol><li>premier</li><li>second</li></ol>"
    )
    assert html_of("- tiret\n- autre") == "<ul><li>tiret</li><li>autre</li></ul>"


def test_notes_become_numbered_footnotes():
    result = html_of("Texte[[Une {première} note]] et suite[[Seconde]].")
    assert result == (
        f"<p>Texte{NBSP}[1] et suite{NBSP}[2].</p>"
        "<h2>Notes</h2><ol><li>Une <em>première</em> note</li><li>Seconde</li></ol>"
    )


def test_quote_code_and_frame():
    assert html_of("<quote>Dit\n\nencore</quote>") == "<blockquote>Dit<br/><br/>encore</blockquote>"
    assert html_of("Code <code>a < {b}</code>") == "<p>Code <code>a &lt; {b}</code></p>"
    assert html_of("<cadre>ligne 1\nligne 2</cadre>") == "<p><code>ligne 1<br/>ligne 2</code></p>"


def test_inserted_documents_images_and_videos():
    result = convert("Avant <img3|left> après\n\n<doc4>\n\n<emb5>\n\n<doc6>")
    image, embed = result.blocks[1], result.blocks[3]
    assert result.blocks[0]["html"] == "<p>Avant</p>"
    assert image == {
        "type": "image",
        "image": {
            "path": "jpg/forage.jpg",
            "title": "Forage à Podor",
            "alt": "Un forage",
            "credit": "CUF",
        },
        "caption": "Forage à Podor",
    }
    assert result.blocks[2]["html"] == (
        '<p>après</p><p><a href="/spip.php?id_document=4&amp;page=document">Rapport 2024</a></p>'
    )
    assert embed == {
        "type": "embed",
        "url": "https://www.youtube.com/watch?v=abc",
        "title": "Reportage",
    }
    assert result.missing == ["document 6 (<doc6>) : fichier absent"]
    assert result.shown == {3, 4, 5, 6}


def test_tables_with_caption_and_header_row():
    result = convert("||Chiffres|Résumé||\n| {{Année}} | {{Projets}} |\n| 2024 | {12} |")
    assert result.blocks == [
        {
            "type": "table",
            "rows": [["Année", "Projets"], ["2024", "12"]],
            "header": "row",
            "caption": "Chiffres",
        }
    ]


def test_unknown_shortcuts_are_kept_as_text_and_reported():
    result = convert("<carte12|zoom=3> et {{non fermé et [lien->")
    assert result.blocks[0]["html"] == "<p>&lt;carte12|zoom=3&gt; et {{non fermé et [lien-></p>"
    assert result.unknown == ["<carte12|zoom=3>", "{{non fermé et [lien->", "[lien->"]


def test_texts_follow_each_other_separated_by_a_rule():
    result = Typography().convert("Le texte.", "", "Le post-scriptum.")
    assert result.blocks == [
        {"type": "paragraph", "html": "<p>Le texte.</p><hr/><p>Le post-scriptum.</p>"}
    ]


def test_plain_text_for_leads_and_cells():
    assert Typography().plain("{{Vingt ans}} d'amitié [avec->https://x.fr] : bravo") == (
        f"Vingt ans d'amitié avec{NBSP}: bravo"
    )
