from urllib.parse import urlencode


class ActiveFiltersMixin:
    """For a listing's filter form: the filters in force, to carry over to pagination links.
    An invalid value is left out (the form shows it as ignored)."""

    def active_filters(self):
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def query_string(self):
        return urlencode(self.active_filters())
