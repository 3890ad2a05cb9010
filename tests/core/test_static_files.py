"""`collectstatic` at each start of the server compresses only what changed, and never leaves a
compressed copy that says something else than its file."""

import gzip

import brotli
import pytest

from portail.core.static_files import CompressedOnceManifestStaticFilesStorage

STYLE = "body { color: #1a1a1a; margin: 0 auto; }\n" * 200


@pytest.fixture
def storage(tmp_path):
    (tmp_path / "site.css").write_text(STYLE)
    return CompressedOnceManifestStaticFilesStorage(location=tmp_path)


def compressed(storage):
    return sorted(copy for _name, copy in storage.compress_files(["site.css"]))


def test_a_file_is_compressed_once_then_left_as_it_is(storage, tmp_path):
    assert compressed(storage) == ["site.css.br", "site.css.gz"]
    assert gzip.decompress((tmp_path / "site.css.gz").read_bytes()).decode() == STYLE
    assert compressed(storage) == []


def test_a_changed_file_is_compressed_again(storage, tmp_path):
    compressed(storage)
    (tmp_path / "site.css").write_text(STYLE.replace("#1a1a1a", "#000091"))
    assert compressed(storage) == ["site.css.br", "site.css.gz"]
    assert b"#000091" in brotli.decompress((tmp_path / "site.css.br").read_bytes())
    assert b"#000091" in gzip.decompress((tmp_path / "site.css.gz").read_bytes())


def test_a_copy_cut_short_by_an_interrupted_run_is_written_again(storage, tmp_path):
    compressed(storage)
    copy = tmp_path / "site.css.gz"
    copy.write_bytes(copy.read_bytes()[:20])
    assert compressed(storage) == ["site.css.br", "site.css.gz"]
    assert gzip.decompress(copy.read_bytes()).decode() == STYLE
