"""Reading what visitors type, and showing where their words are."""

from portail.search.french import prefix_for, stem
from portail.search.query import parse
from portail.search.snippets import snippet


def test_inflections_share_a_prefix():
    assert stem("jumelages") == stem("jumelage")
    assert prefix_for("hôpital") == prefix_for("hôpitaux") == "hopita"
    assert "internationaux".startswith(prefix_for("international"))
    assert prefix_for("Mali") == "mali"  # its stem "mal" would also find "maladie"


def test_stop_words_and_syntax_characters_are_not_searched():
    assert not parse("le la les de")
    assert not parse('" * - ( ) :')
    assert parse("l'Afrique de l'Ouest").groups[0].words == ["Afrique", "Ouest"]


def test_phrases_alternatives_and_unbalanced_quotes():
    parsed = parse('"coopération décentralisée" Mali OR Niger')
    assert parsed.groups[0].phrases == [["coopération", "décentralisée"]]
    assert parsed.groups[0].words == ["Mali"]
    assert parsed.groups[1].words == ["Niger"]
    assert parse('"coopération décentralisée').groups[0].words == ["coopération", "décentralisée"]


def test_control_characters_and_length_are_tamed():
    assert parse("coopé\x00ration").groups[0].words == ["coopé", "ration"]
    long = parse("coopération " * 100)
    assert long.shortened and len(long.groups[0].words) == 24
    assert not parse("x" * 2000)  # no word is that long


def test_snippet_marks_words_and_escapes_the_rest():
    html = snippet("<b>Les jumelages</b> et le jumelage.", parse("jumelage").prefixes)
    assert html == "&lt;b&gt;Les <mark>jumelages</mark>&lt;/b&gt; et le <mark>jumelage</mark>."


def test_snippet_starts_near_the_first_word_found():
    text = "Début. " + "mot " * 100 + "Le Sahel en fin de texte."
    html = snippet(text, parse("Sahel").prefixes)
    assert html.startswith("… ") and "<mark>Sahel</mark>" in html
