"""The production server's settings (portail/server.py); what they do under load is tested
against the running server in tests/e2e/."""

import gc
import threading
import time
from types import SimpleNamespace

import pytest
from django.http import HttpResponse, StreamingHttpResponse

from portail import server


def test_workers_recycle_at_different_counts():
    arbiter = SimpleNamespace(num_workers=2)
    workers = [SimpleNamespace(age=age, max_requests=0) for age in (1, 2, 3, 4)]
    for worker in workers:
        server.stagger_recycling(arbiter, worker)
    counts = [worker.max_requests for worker in workers]
    assert counts[0] != counts[1] and counts[2] != counts[3]  # two workers never together
    assert min(counts) >= server.MAX_REQUESTS


def test_threads_no_shared_control_socket_and_the_fork_guard():
    settings = server.options(server.parse(["--port", "8123"]), None, None)
    assert settings["worker_class"] == "gthread" and settings["threads"] == 16
    assert settings["control_socket_disable"] is True
    assert settings["pre_fork"] is server.django_not_loaded


def test_the_master_refuses_to_fork_once_django_is_loaded():
    # The suite has loaded Django: in this process the guard must refuse.
    with pytest.raises(RuntimeError, match="loaded Django"):
        server.django_not_loaded(None, None)


def test_a_worker_renders_in_two_threads_whichever_thread_received_the_request():
    running, most, renderers, lock = 0, 0, set(), threading.Lock()

    def portal(environ, start_response):
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
            renderers.add(threading.get_ident())
        time.sleep(0.05)
        with lock:
            running -= 1
        return HttpResponse(b"ok")

    rendering = server.RenderingThreads(portal, server.RENDERS)
    answers = []
    threads = [
        threading.Thread(target=lambda: answers.append(rendering({}, None))) for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most == server.RENDERS == 2
    assert len(renderers) == 2  # two database connections a worker, not one a thread
    assert answers == [[b"ok"]] * 8


def test_a_file_is_sent_by_the_receiving_thread():
    stream = StreamingHttpResponse(iter([b"a", b"b"]))
    rendering = server.RenderingThreads(lambda environ, start_response: stream, 1)
    assert rendering({}, None) is stream


def test_what_a_worker_loaded_is_kept_out_of_the_collectors_way():
    """A full collection in a worker walks what requests made, not the 200,000 objects of
    Django, Wagtail and the portal loaded at start (tens of milliseconds a time)."""
    application = server.PortailServer.__new__(server.PortailServer)
    try:
        application.load()
        assert gc.get_freeze_count() > 50_000
    finally:
        gc.unfreeze()
