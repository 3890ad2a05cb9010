import json

import pytest

from portail.demo.files import make_image_file, make_pdf_file


class InterchangeFolder:
    """A folder with a JSONL file and the files its lines name."""

    def __init__(self, path):
        self.path = path
        self.jsonl = path / "contenus.jsonl"
        (path / "files").mkdir()

    def pdf(self, name, title="Compte-rendu", text="Texte du compte-rendu."):
        (self.path / "files" / name).write_bytes(make_pdf_file(name, title, [text]).read())
        return f"files/{name}"

    def png(self, name, seed=1):
        (self.path / "files" / name).write_bytes(make_image_file(name, seed, size=(64, 40)).read())
        return f"files/{name}"

    def write(self, *items):
        lines = [
            item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)
            for item in items
        ]
        self.jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return self.jsonl


@pytest.fixture
def folder(tmp_path):
    return InterchangeFolder(tmp_path)
