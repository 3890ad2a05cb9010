"""The French the search understands: accents and case folded, words reduced to their stem,
empty words left out — the same on every database."""

import os
import re
import unicodedata
from functools import lru_cache

import snowballstemmer
from stop_words import get_stop_words

from portail.core.text import fold

WORD = re.compile(r"\w+")

# The library's list also holds words that carry meaning in our content ("état" in "États
# fragiles", "personnes déplacées", "nouveau"): they stay searchable.
MEANINGFUL = {
    "bon", "début", "deux", "droite", "essai", "état", "force", "grande", "haut", "mot", "nom",
    "nouveau", "nouveaux", "parole", "personne", "personnes", "pièce", "sujet", "valeur",
}  # fmt: skip
STOP_WORDS = {word for word in get_stop_words("french") if word not in MEANINGFUL}
FOLDED_STOP_WORDS = {unicodedata.normalize("NFC", word) for word in STOP_WORDS}

_stemmer = snowballstemmer.stemmer("french")


def words(text):
    return WORD.findall(text)


def is_stop_word(word):
    return len(word) < 2 or word.casefold() in FOLDED_STOP_WORDS


@lru_cache(maxsize=4096)
def stem(word):
    """The folded stem shared by a word's inflections: "jumelages" and "jumelage" → "jumelag"."""
    return fold(_stemmer.stemWord(word.casefold()))


def prefix_for(word):
    """What a word is looked up by where the database knows no French: its stem, or the word
    itself when the stem is too short to say much ("Mali" stems to "mal", as "maladie" does)."""
    # The stem may rewrite the ending ("internationaux" → "international"): keep only what
    # it shares with the word, which both forms begin with.
    shared = os.path.commonprefix([stem(word), fold(word)])
    # Plurals in -aux of words in -al and -ail: "hôpital" finds "hôpitaux", "travail" "travaux".
    if shared.endswith("ail"):
        shared = shared[:-2]
    elif shared.endswith("al"):
        shared = shared[:-1]
    return shared if len(shared) >= 4 else fold(word)
