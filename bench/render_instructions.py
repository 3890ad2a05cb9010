"""Instructions per uncached render, counted by valgrind's callgrind: the same count whatever
else the machine is doing, so two sites can be compared on a noisy machine.

Usage, against any Django site (its settings in DJANGO_SETTINGS_MODULE, importable from
PYTHONPATH, its page cache off):
  DATABASE_URL=… .venv/bin/python bench/render_instructions.py /url/ [/other/ …]
Prints one line per address: the address and millions of instructions per render.

The whole process runs under callgrind once with every address rendered three times to warm it
up, then once more per address with five more renders of it; the difference, divided by five,
is one render — start-up, imports and first-render caches fall out of it. (The portal's server
also freezes what it loaded at start: `portail/server.py`.)
"""

import gc
import os
import re
import subprocess
import sys

RENDERS = 5
WARM_UP = 3


def render(urls, measured, renders):
    """In the child process, under callgrind."""
    import django

    django.setup()
    from django.test import Client

    client = Client(SERVER_NAME=os.environ.get("BENCH_HOST", "localhost"))
    for url in urls:
        for _ in range(WARM_UP):
            status = client.get(url).status_code
            assert status == 200, f"{url} answered {status}"
    # What is loaded by now, kept out of the collector's way: a full collection of it (16 M
    # instructions at least) would otherwise fall in one of the two runs and not the other.
    gc.collect()
    gc.freeze()
    for _ in range(renders):
        client.get(measured)


def instructions(urls, measured, renders):
    completed = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         __file__, "--child", measured, str(renders), *urls],
        capture_output=True, text=True,
    )  # fmt: skip
    if completed.returncode:
        sys.exit(f"rendering {measured} under callgrind failed:\n{completed.stderr[-3000:]}")
    return int(re.search(r"Collected : (\d+)", completed.stderr).group(1))


def main():
    if sys.argv[1] == "--child":
        render(sys.argv[4:], sys.argv[2], int(sys.argv[3]))
        os._exit(0)  # not counting the interpreter's shutdown, which varies with what is frozen
    urls = sys.argv[1:]
    warm = instructions(urls, urls[0], 0)
    for url in urls:
        per_render = (instructions(urls, url, RENDERS) - warm) / RENDERS
        print(url, round(per_render / 1e6, 1), flush=True)


if __name__ == "__main__":
    main()
