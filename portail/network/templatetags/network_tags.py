from django import template

from ..selectors import country_network_context

register = template.Library()


@register.simple_tag
def country_network(country):
    """What a country's page shows of the network: its group, the partnerships, open calls."""
    return country_network_context(country)
