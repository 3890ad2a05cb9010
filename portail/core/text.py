import unicodedata


def fold(text):
    """Lower case without accents, for sorting and matching as French readers expect:
    « Évry » files under E and matches "evry", "Coopération" matches "cooperation"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
