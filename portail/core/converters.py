"""Path converters shared by the apps' addresses."""


class IdConverter:
    """A database id: up to 18 digits, so that a longer number is a 404 rather than an
    overflow in the database driver (SQLite and PostgreSQL integers stop at 2**63)."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)
