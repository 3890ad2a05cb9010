"""The sources of personal data: each app that keeps some about a person registers, from its
AppConfig.ready(), how to export and erase it; the accounts app answers requests with them
(portail/accounts/personal_data.py)."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    name: str
    export: Callable  # (email, user or None) -> JSON-ready data
    erase: Callable  # (email, user or None) -> None


SOURCES: list[Source] = []


def register(name, export, erase):
    SOURCES.append(Source(name, export, erase))
