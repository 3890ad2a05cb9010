from django import template

from portail.core.selectors import section_url

from ..models import Opportunities
from ..selectors import calls_closing_soon

register = template.Library()


@register.simple_tag
def calls_closing(count=3):
    return calls_closing_soon(count)


@register.simple_tag
def opportunities_url():
    return section_url(Opportunities)
