"""What a visitor typed, made into a query every search backend accepts.

Words are all required; "quoted words" are a phrase; an upper-case OR (or OU) between words
offers alternatives. Anything else of a query syntax (* - ( ) : AND NEAR, unbalanced quotes,
control characters) is read as plain text, so that no input can make the backend fail."""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from modelsearch.query import And, Or, Phrase, PlainText

from .french import fold, is_stop_word, prefix_for, words

MAX_INPUT = 1000  # characters read from the box
MAX_WORDS = 24
MAX_WORD_LENGTH = 60  # longer is no word (PostgreSQL would not index it either)
TOKENS = re.compile(r'"([^"]*)"|(\S+)')
ALTERNATIVE = {"OR", "OU"}


@dataclass
class Group:
    words: list = field(default_factory=list)
    phrases: list = field(default_factory=list)

    def to_query(self):
        parts = []
        if self.words:
            parts.append(PlainText(" ".join(self.words), operator="and"))
        parts += [Phrase(" ".join(phrase)) for phrase in self.phrases]
        return parts[0] if len(parts) == 1 else And(parts)


@dataclass
class ParsedQuery:
    text: str
    groups: list
    shortened: bool = False

    def __bool__(self):
        return bool(self.groups)

    def to_query(self):
        queries = [group.to_query() for group in self.groups]
        return queries[0] if len(queries) == 1 else Or(queries)

    @property
    def key(self):
        """The same for every way of typing the same query (case, accents, spacing, order of
        the alternatives), short enough for a cache key."""
        canonical = sorted(
            repr(
                (
                    sorted(fold(word) for word in group.words),
                    [[fold(w) for w in phrase] for phrase in group.phrases],
                )
            )
            for group in self.groups
        )
        return hashlib.blake2b(repr(canonical).encode(), digest_size=16).hexdigest()

    @property
    def prefixes(self):
        """Folded beginnings of the words to highlight in the results."""
        return set().union(*self.prefix_groups) if self.groups else set()

    @property
    def prefix_groups(self):
        """The prefixes of each alternative (a result holds all the words of one of them)."""
        return [
            {prefix_for(word) for word in group.words}
            | {fold(word) for phrase in group.phrases for word in phrase}
            for group in self.groups
        ]


def clean(raw):
    """The input without control characters (NUL included) and with spaces collapsed."""
    raw = unicodedata.normalize("NFC", (raw or "")[:MAX_INPUT])
    printable = "".join(" " if unicodedata.category(char)[0] == "C" else char for char in raw)
    return " ".join(printable.split())


def parse(raw):
    text = clean(raw)
    # An unclosed quote is dropped: the words after it are plain words.
    text_for_tokens = text[::-1].replace('"', "", 1)[::-1] if text.count('"') % 2 else text
    groups, current, count = [], Group(), 0
    for phrase, bare in TOKENS.findall(text_for_tokens):
        if bare in ALTERNATIVE:
            if current.words or current.phrases:
                groups.append(current)
            current = Group()
            continue
        found = [word for word in words(phrase or bare) if len(word) <= MAX_WORD_LENGTH]
        if count + len(found) > MAX_WORDS:
            found = found[: MAX_WORDS - count]
        count += len(found)
        if phrase and len(found) > 1:
            current.phrases.append(found)
        else:
            current.words += [word for word in found if not is_stop_word(word)]
        if count >= MAX_WORDS:
            break
    if current.words or current.phrases:
        groups.append(current)
    total = sum(len(words(token)) for token in text_for_tokens.split())
    return ParsedQuery(text=text, groups=groups, shortened=total > MAX_WORDS)
