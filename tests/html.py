"""Reading pages the way a visitor does: their text, their links."""

from bs4 import BeautifulSoup
from django.http import HttpResponseBase


def soup(response):
    return BeautifulSoup(response.content.decode("utf-8"), "html.parser")


def text_of(response_or_node, selector=None):
    node = (
        soup(response_or_node)
        if isinstance(response_or_node, HttpResponseBase)
        else response_or_node
    )
    if selector:
        node = node.select_one(selector)
        assert node is not None, f"nothing matches {selector!r}"
    return " ".join(node.get_text(" ").split())
