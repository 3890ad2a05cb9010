import pytest
from django.utils import translation

from portail.documents.models import file_size_label


@pytest.mark.parametrize(
    ("size", "label"),
    [(842, "842 octets"), (240_000, "240 Ko"), (239_600, "240 Ko"), (1_234_567, "1,2 Mo")],
)
def test_sizes_read_the_french_way(size, label):
    with translation.override("fr"):
        assert file_size_label(size) == label
