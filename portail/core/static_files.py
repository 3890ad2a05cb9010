"""Static files as `portail serve` collects them at every start: hashed, compressed once."""

import gzip
from pathlib import Path

import brotli  # installed with WhiteNoise (whitenoise[brotli])
from whitenoise.storage import CompressedManifestStaticFilesStorage

DECOMPRESS = {".br": brotli.decompress, ".gz": gzip.decompress}


class CompressedOnceManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's storage, which compresses every file again at each `collectstatic` (25 s of
    a 30 s start of the server on a slow machine, for the 1,400 files of Wagtail's admin and the
    portal), compressing only the files whose compressed copies are missing or no longer
    decompress to the file: decompressing is tens of times faster than Brotli's and gzip's
    best compression. The content is compared, not the times: Django writes the files that
    name others (style sheets, scripts) again at each run, and an interrupted run may leave a
    copy cut short."""

    def compress_files(self, paths):
        return super().compress_files([path for path in paths if not self._compressed(path)])

    def _compressed(self, name):
        source = Path(self.path(name))
        content = source.read_bytes()
        found = False
        for suffix, decompress in DECOMPRESS.items():
            copy = source.with_name(source.name + suffix)
            if not copy.exists():
                continue  # WhiteNoise writes no copy that would not be smaller
            try:
                if decompress(copy.read_bytes()) != content:
                    return False
            except (OSError, EOFError, brotli.error):  # cut short, or not compressed at all
                return False
            found = True
        return found
