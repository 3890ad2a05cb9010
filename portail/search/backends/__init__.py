"""Search backends: the French-aware database backend the site searches with, and the facet
table kept current by Wagtail's index updates."""
