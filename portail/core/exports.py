"""Spreadsheet exports of the admin's listings as a French office opens them: choices by their
labels, dates and times in Paris time, and CSV in UTF-8 with a byte-order mark and semicolons,
which a French Excel reads without an import dialog."""

import csv
import datetime

from django.utils import formats, timezone
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.mixins import Echo

BYTE_ORDER_MARK = "\ufeff"


def paris_time(value):
    return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value


class FrenchExportIndexView(IndexView):
    custom_value_preprocess = {
        datetime.datetime: {
            IndexView.FORMAT_XLSX: paris_time,
            IndexView.FORMAT_CSV: lambda value: formats.date_format(paris_time(value), "d/m/Y H:i"),
        },
        datetime.date: {
            IndexView.FORMAT_XLSX: None,
            IndexView.FORMAT_CSV: lambda value: formats.date_format(value, "d/m/Y"),
        },
        **{
            kinds: processors
            for kinds, processors in IndexView.custom_value_preprocess.items()
            if kinds not in (datetime.datetime, (datetime.date, datetime.time))
        },
    }

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for field in row:
            display = getattr(item, f"get_{field}_display", None)
            if display is not None:
                row[field] = display()
        return row

    def stream_csv(self, queryset):
        yield BYTE_ORDER_MARK
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=";")
        yield writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response
