"""Writing an archive, and reading one back only once every part of it has been checked."""

import hashlib
import io
import json
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

FORMAT = "portail-backup"
VERSION = 1
MANIFEST = "manifest.json"


class ArchiveError(Exception):
    """The archive cannot be trusted: nothing was touched."""


def sha256_of(stream):
    digest = hashlib.sha256()
    for chunk in iter(lambda: stream.read(1 << 20), b""):
        digest.update(chunk)
    return digest.hexdigest()


class ArchiveWriter:
    """Adds members one by one, noting each one's size and checksum for the manifest."""

    def __init__(self, path):
        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".partial")
        self.tar = tarfile.open(self.partial, "w")  # noqa: SIM115 (closed by close or abandon)
        self.checksums = {}

    def add_file(self, member, source_path):
        with open(source_path, "rb") as source:
            self.checksums[member] = sha256_of(source)
        self.tar.add(source_path, arcname=member, recursive=False)

    def add_stream(self, member, stream, size):
        """A file from a storage (which may be remote): copied once to a spool."""
        with tempfile.SpooledTemporaryFile(max_size=8 << 20) as spool:
            digest = hashlib.sha256()
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
                spool.write(chunk)
            self.checksums[member] = digest.hexdigest()
            info = tarfile.TarInfo(member)
            info.size, info.mtime = spool.tell(), time.time()
            spool.seek(0)
            self.tar.addfile(info, spool)

    def close(self, manifest):
        manifest = {**manifest, "format": FORMAT, "version": VERSION, "files": self.checksums}
        data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
        info = tarfile.TarInfo(MANIFEST)
        info.size, info.mtime = len(data), time.time()
        self.tar.addfile(info, io.BytesIO(data))
        self.tar.close()
        self.partial.replace(self.path)  # a half-written archive never bears the name

    def abandon(self):
        self.tar.close()
        self.partial.unlink(missing_ok=True)


@dataclass
class CheckedArchive:
    tar: tarfile.TarFile
    manifest: dict

    def open(self, member):
        return self.tar.extractfile(member)

    def members(self, prefix):
        return sorted(name for name in self.manifest["files"] if name.startswith(prefix))

    def close(self):
        self.tar.close()


def open_checked(path):
    """The archive, once its manifest is read and every member matches its checksum."""
    try:
        tar = tarfile.open(path, "r")  # noqa: SIM115 (closed by CheckedArchive.close)
    except (OSError, tarfile.TarError) as error:
        raise ArchiveError(f"{path} is not a readable archive: {error}") from error
    try:
        manifest = json.load(tar.extractfile(MANIFEST))
    except (KeyError, ValueError, tarfile.TarError) as error:
        tar.close()
        raise ArchiveError(f"{path} has no readable manifest: it is not a portal backup") from error
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        tar.close()
        raise ArchiveError(f"{path} is not a portal backup of version {VERSION}")
    names = {member.name for member in tar.getmembers() if member.isfile()} - {MANIFEST}
    expected = manifest["files"]
    problems = [f"missing: {name}" for name in sorted(set(expected) - names)]
    problems += [f"not in the manifest: {name}" for name in sorted(names - set(expected))]
    for name in sorted(names & set(expected)):
        if sha256_of(tar.extractfile(name)) != expected[name]:
            problems.append(f"damaged: {name}")
    if problems:
        tar.close()
        raise ArchiveError(f"{path} fails its checks: " + "; ".join(problems[:10]))
    return CheckedArchive(tar, manifest)
