"""Bad input gets a 4xx JSON error with a stable code and an Indonesian message — never a
traceback, never a 500."""

from __future__ import annotations

import http.client
import json

import pytest


def error(answer) -> tuple[int, str]:
    assert answer.headers["content-type"].startswith("application/json"), answer.body
    body = answer.json
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert "Traceback" not in body["error"]["message"]
    return answer.status, body["error"]["code"]


@pytest.mark.parametrize(
    "method, path, allowed",
    [("PUT", "/v2/check", "GET, POST"), ("DELETE", "/v2/check", "GET, POST"), ("POST", "/v2/languages", "GET"),
     ("POST", "/healthz", "GET")],
)
def test_wrong_method(live, method, path, allowed):
    answer = live.request(method, path, body=b"")
    assert error(answer) == (405, "method_not_allowed")
    assert answer.headers["allow"] == allowed


def test_unknown_path(live):
    assert error(live.request("GET", "/v2/words")) == (404, "not_found")


@pytest.mark.parametrize(
    "fields, code",
    [
        ({"language": "id-ID"}, "missing_text"),
        ({"text": "Kami datang."}, "missing_language"),
        ({"text": "Kami datang.", "language": ""}, "missing_language"),
        ({"text": "Kami datang.", "data": '{"annotation": []}', "language": "id"}, "text_and_data"),
        ({"text": "Kami datang.", "language": "bahasa indonesia"}, "unknown_language"),
        ({"text": "Kami datang.", "language": "xx"}, "unknown_language"),
        ({"text": "Kami datang.", "language": "id", "level": "loud"}, "invalid_level"),
        ({"text": "Kami datang.", "language": "id", "enabledOnly": "yes"}, "invalid_enabled_only"),
        ({"text": "Kami datang.", "language": "id", "enabledOnly": "true"}, "enabled_only_without_rules"),
        ({"text": "Kami datang.", "language": "id", "motherTongue": "Javanese!"}, "invalid_mother_tongue"),
    ],
)
def test_bad_fields(live, fields, code):
    status, got = error(live.check(**fields))
    assert (status, got) == (400, code)


@pytest.mark.parametrize(
    "data",
    [
        "{not json",
        "[]",
        '{"annotation": "text"}',
        '{"annotation": [{"text": "a", "markup": "<b>"}]}',
        '{"annotation": [{"txt": "a"}]}',
        '{"annotation": [{"text": 5}]}',
        '{"annotation": [{"text": "a", "interpretAs": " "}]}',
        '{"annotation": [{"markup": "<b>", "interpretAs": null}]}',
        '{"annotation": ["plain"]}',
    ],
)
def test_invalid_annotated_text(live, data):
    assert error(live.check(data=data, language="id-ID")) == (400, "invalid_data")


def test_invalid_annotated_text_says_which_part(live):
    data = json.dumps({"annotation": [{"text": "a"}, {"text": "b", "markup": "c"}]})
    answer = live.check(data=data, language="id")
    assert answer.json["error"]["message"].startswith("Bagian ke-2 dari 'annotation' harus punya tepat satu")


def test_messages_in_english_when_the_client_asks(live):
    answer = live.request("POST", "/v2/check", {"language": "id"}, headers={"Accept-Language": "en-GB,en;q=0.8"})
    assert answer.json["error"] == {"code": "missing_text",
                                    "message": "The 'text' or 'data' field is required: the text to check."}
    answer = live.request("POST", "/v2/check", {"language": "id"}, headers={"Accept-Language": "fr, id;q=0.5"})
    assert answer.json["error"]["message"] == "Isian 'text' atau 'data' wajib diisi: teks yang hendak diperiksa."


def test_oversized_body_is_refused_before_it_is_read(serve, default_service):
    from sunting.http.app import HttpSettings

    server = serve(HttpSettings(max_body_bytes=1024, warm_up=False), service=default_service)
    assert error(server.check(text="Kami datang. " * 200, language="id")) == (413, "body_too_large")
    # without a Content-Length (chunked), counted while it streams in
    host, port = server.url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    body = ("language=id&text=" + "Kami%20datang.%20" * 300).encode()
    conn.putrequest("POST", "/v2/check")
    conn.putheader("Content-Type", "application/x-www-form-urlencoded")
    conn.putheader("Transfer-Encoding", "chunked")
    conn.endheaders()
    for i in range(0, len(body), 500):
        piece = body[i:i + 500]
        conn.send(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
    conn.send(b"0\r\n\r\n")
    resp = conn.getresponse()
    assert resp.status == 413 and json.loads(resp.read())["error"]["code"] == "body_too_large"
    conn.close()


def test_text_longer_than_the_limit(serve, default_service, monkeypatch):
    from sunting.http.app import HttpSettings

    monkeypatch.setattr(default_service, "max_text_chars", 50)
    server = serve(HttpSettings(warm_up=False), service=default_service)
    answer = server.check(text="Kami datang ke kantor itu. " * 3, language="id")
    assert error(answer) == (413, "text_too_long")
    assert "50" in answer.json["error"]["message"]
    assert server.check(text="Kami datang.", language="id").status == 200


def test_json_body_is_not_the_api(live):
    answer = live.request("POST", "/v2/check", body=b'{"text": "a", "language": "id"}',
                          headers={"Content-Type": "application/json"})
    assert error(answer) == (415, "unsupported_media_type")


def test_body_not_utf8(live):
    answer = live.request("POST", "/v2/check", body=b"language=id&text=\xff\xfe",
                          headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert error(answer) == (400, "not_utf8")


def test_multipart_form_works_too(live):
    boundary = "sunting-boundary"
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nid-ID\r\n"
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nKami akan merubah rencana.\r\n"
        f"--{boundary}--\r\n"
    ).encode()
    answer = live.request("POST", "/v2/check", body=body,
                          headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert answer.status == 200
    assert [m["rule"]["id"] for m in answer.json["matches"]] == ["EYD.BakuForms"]


def test_an_unexpected_failure_is_a_json_500_without_traceback(serve, default_service, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom in a check")

    server = serve(service=default_service)
    monkeypatch.setattr(default_service, "check", broken)
    answer = server.check(text="Kami datang.", language="id")
    assert error(answer) == (500, "internal_error")
    assert "boom" not in answer.body.decode()
