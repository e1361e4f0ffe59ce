"""The ingest stage on real files, folders and feeds.

HTTP behaviour is in test_ingest_web.py, against a real local server.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.ingest import SourcesFileError, read, read_jsonl, read_sources
from sitrep.model import Document, IngestError


def split(results) -> tuple[list[Document], list[IngestError]]:
    results = list(results)
    docs = [r for r in results if isinstance(r, Document)]
    errors = [r for r in results if isinstance(r, IngestError)]
    assert len(docs) + len(errors) == len(results)
    return docs, errors


def jsonl(path: Path, *records) -> Path:
    """Write records (JSON values, or raw str/bytes lines) one per line."""
    with path.open("wb") as out:
        for record in records:
            if isinstance(record, (dict, list)):
                record = json.dumps(record, ensure_ascii=False)
            out.write(record if isinstance(record, bytes) else record.encode("utf-8"))
            out.write(b"\n")
    return path


REPORT_EN = "A car carrying a local occupation official exploded in the town centre on Sunday morning."
REPORT_UK = "Вчора ввечері в центрі міста підірвали автомобіль посадовця окупаційної адміністрації."
REPORT_RU = "Накануне вечером в центре города взорван автомобиль чиновника военно-гражданской администрации."


def test_jsonl_documents_keep_their_fields_and_line_origin(tmp_path):
    path = jsonl(
        tmp_path / "news.jsonl",
        {"id": "a1", "source": "wire", "url": "https://example.org/a1", "published_at": "2022-10-05T09:30:00+03:00",
         "language": "en", "title": "Blast", "text": REPORT_EN},
        "",
        {"id": "a2", "text": REPORT_UK},
    )
    docs, errors = split(read([str(path)]))
    assert errors == []
    assert [d.id for d in docs] == ["a1", "a2"]
    first, second = docs
    assert (first.source, first.url, first.title, first.language) == ("wire", "https://example.org/a1", "Blast", "en")
    assert first.published_at == "2022-10-05T09:30:00+03:00"
    assert first.origin == f"{path}:1"
    assert second.origin == f"{path}:3"
    assert second.published_at is None


def test_language_is_detected_only_when_absent(tmp_path):
    path = jsonl(
        tmp_path / "news.jsonl",
        {"id": "uk", "text": REPORT_UK},
        {"id": "ru", "text": REPORT_RU},
        {"id": "given", "text": REPORT_RU, "language": "RU"},
    )
    docs, _ = split(read([path]))
    assert {d.id: d.language for d in docs} == {"uk": "uk", "ru": "ru", "given": "ru"}


def test_each_bad_line_is_an_error_naming_file_and_line_and_the_rest_is_read(tmp_path):
    path = jsonl(
        tmp_path / "bad.jsonl",
        '{"id": "x1", "text": "unterminated',
        {"text": REPORT_EN},
        {"id": "x3"},
        {"id": "x4", "text": "   "},
        {"id": "x5", "text": 42},
        "caf\xe9 \xa9\xae\xb1".encode("latin-1"),
        {"id": "x7", "text": REPORT_EN, "published_at": "last Tuesday"},
        ["not", "an", "object"],
        {"id": "x9", "text": "x" * 200},
        {"id": "ok", "text": REPORT_EN},
    )
    docs, errors = split(read([path], max_bytes=150))
    assert [d.id for d in docs] == ["ok"]
    by_line = {int(e.origin.rsplit(":", 1)[1]): e.reason for e in errors}
    assert all(e.origin.startswith(str(path) + ":") for e in errors)
    assert sorted(by_line) == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert "invalid JSON" in by_line[1]
    assert "missing required field 'id'" in by_line[2]
    assert "missing required field 'text'" in by_line[3] and "x3" in by_line[3]
    assert "empty text" in by_line[4]
    assert "'text' must be a string" in by_line[5]
    assert "neither UTF-8 nor Windows-1251" in by_line[6]
    assert "last Tuesday" in by_line[7] and "ISO 8601" in by_line[7]
    assert "JSON object" in by_line[8]
    assert "over the limit of 150" in by_line[9]


def test_read_jsonl_names_the_document_of_a_failed_line_when_it_can(tmp_path):
    path = jsonl(
        tmp_path / "mixed.jsonl",
        '{"id": "cut", "text": "no closing quote',
        {"id": "blank", "text": ""},
        "{broken",
        {"id": "fine", "text": REPORT_RU},
    )
    results = list(read_jsonl(path))
    assert [(type(r).__name__, getattr(r, "doc_id", None) or getattr(r, "id", None)) for r in results] == [
        ("IngestError", "cut"), ("IngestError", "blank"), ("IngestError", None), ("Document", "fine"),
    ]
    assert results[3].language == "ru"


def test_cp1251_files_are_decoded_as_cyrillic(tmp_path):
    text_file = tmp_path / "zvit.txt"
    text_file.write_bytes(("Вибух у Мелітополі\n" + REPORT_UK + " «Новини» №5").encode("cp1251"))
    lines_file = jsonl(tmp_path / "legacy.jsonl", json.dumps({"id": "r1", "text": REPORT_RU}, ensure_ascii=False).encode("cp1251"))
    docs, errors = split(read([text_file, lines_file]))
    assert errors == []
    assert docs[0].title == "Вибух у Мелітополі"
    assert docs[0].text.startswith("Вчора ввечері") and docs[0].text.endswith("«Новини» №5")
    assert docs[0].language == "uk"
    assert docs[1].text == REPORT_RU


def test_utf8_with_byte_order_mark(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "b1", "text": REPORT_EN}).encode())
    docs, errors = split(read([path]))
    assert errors == [] and docs[0].id == "b1"


def test_missing_inputs_and_unsupported_files_are_errors_not_crashes(tmp_path):
    odd = tmp_path / "table.csv"
    odd.write_text("a,b\n1,2\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    docs, errors = split(read([tmp_path / "nope.jsonl", odd, empty, "ftp://example.org/feed"]))
    assert docs == []
    reasons = {e.origin: e.reason for e in errors}
    assert "no such file or folder" in reasons[str(tmp_path / "nope.jsonl")]
    assert "unsupported file type '.csv'" in reasons[str(odd)]
    assert "no readable files" in reasons[str(empty)]
    assert "only http:// and https://" in reasons["ftp://example.org/feed"]


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Southern News</title><link>https://news.example.org/</link><description>d</description>
<item>
  <title>Explosion in Melitopol</title>
  <link>https://news.example.org/2022/10/blast</link>
  <guid>https://news.example.org/2022/10/blast</guid>
  <pubDate>Wed, 05 Oct 2022 09:30:00 +0300</pubDate>
  <description>&lt;p&gt;A car &lt;b&gt;exploded&lt;/b&gt; yesterday.&lt;/p&gt;&lt;p&gt;Officials blamed saboteurs.&lt;/p&gt;</description>
</item>
<item>
  <title>Rail line damaged</title>
  <link>https://news.example.org/2022/11/rail</link>
  <pubDate>Tue, 15 Nov 2022 18:00:00 +0000</pubDate>
  <content:encoded><![CDATA[<p>A freight train derailed after an explosion on the line on Monday night.</p>]]></content:encoded>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Стрічка</title><id>urn:feed</id><updated>2022-10-06T10:00:00+03:00</updated>
  <entry>
    <title>Підпал військової вантажівки</title>
    <id>urn:entry:1</id>
    <link href="https://stream.example.net/uk/1"/>
    <published>2022-10-06T08:15:00+03:00</published>
    <content type="html">&lt;p&gt;Вчора вночі невідомі підпалили вантажівку окупантів.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>No link at all</title>
    <id>urn:entry:2</id>
    <updated>2022-10-07T08:15:00Z</updated>
    <summary>Entry without a link keeps its summary as text.</summary>
  </entry>
</feed>
"""


def test_rss_file_entries_become_documents_without_markup(tmp_path):
    path = tmp_path / "southern.rss"
    path.write_text(RSS, encoding="utf-8")
    docs, errors = split(read([path], follow_feed_links=False))
    assert errors == []
    blast, rail = docs
    assert blast.title == "Explosion in Melitopol"
    assert blast.text == "A car exploded yesterday.\nOfficials blamed saboteurs."
    assert blast.published_at == "2022-10-05T09:30:00+03:00"
    assert blast.url == blast.origin == "https://news.example.org/2022/10/blast"
    assert blast.source == "news.example.org"
    assert rail.text.startswith("A freight train derailed")
    assert rail.published_at == "2022-11-15T18:00:00+00:00"
    assert blast.id != rail.id


def test_atom_file_entries_and_an_entry_without_link(tmp_path):
    path = tmp_path / "stream.atom"
    path.write_text(ATOM, encoding="utf-8")
    docs, errors = split(read([path], follow_feed_links=False))
    assert errors == []
    arson, unlinked = docs
    assert arson.title == "Підпал військової вантажівки"
    assert arson.text == "Вчора вночі невідомі підпалили вантажівку окупантів."
    assert arson.published_at == "2022-10-06T08:15:00+03:00"
    assert arson.language == "uk"
    assert unlinked.text == "Entry without a link keeps its summary as text."
    assert unlinked.origin == f"{path}#entry2"
    assert unlinked.published_at == "2022-10-07T08:15:00+00:00"


def test_feed_ids_are_stable_across_calls(tmp_path):
    path = tmp_path / "southern.xml"
    path.write_text(RSS, encoding="utf-8")
    first, _ = split(read([path], follow_feed_links=False))
    again, _ = split(read([path], follow_feed_links=False))
    assert [d.id for d in first] == [d.id for d in again]


def test_malformed_feed_and_xml_that_is_no_feed(tmp_path):
    broken = tmp_path / "broken.rss"
    broken.write_text("<rss version='2.0'><channel><item><title>unclosed", encoding="utf-8")
    not_feed = tmp_path / "config.xml"
    not_feed.write_text("<?xml version='1.0'?><settings><a>1</a></settings>", encoding="utf-8")
    docs, errors = split(read([broken, not_feed]))
    assert docs == []
    reasons = {e.origin: e.reason for e in errors}
    assert "malformed feed" in reasons[str(broken)]
    assert "not an RSS or Atom feed" in reasons[str(not_feed)]


ARTICLE_HTML = """<!doctype html><html lang="en"><head>
<title>Rail sabotage near Melitopol | Example News</title>
<meta property="article:published_time" content="2022-11-16T07:45:00+02:00">
<link rel="canonical" href="https://www.example.org/rail-sabotage">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Rail sabotage near Melitopol</h1>
<p>An explosion damaged the railway line north of the city on Tuesday night, halting trains that carry fuel
and ammunition to the front, according to a statement from the local resistance movement.</p>
<p>The occupation administration said repair crews had restored traffic by the morning.</p>
</article><footer>Copyright Example News</footer></body></html>
"""


def test_folder_of_mixed_files_is_read_recursively_with_path_ids(tmp_path):
    root = tmp_path / "corpus"
    (root / "kherson").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "kherson" / "note.txt").write_text("Protest in Kherson\n" + REPORT_EN + "\n", encoding="utf-8")
    (root / "brief.md").write_text(
        "# Weekly brief\n\nA **partisan** attack was [reported](https://example.org/x) in Berdiansk on Friday.\n",
        encoding="utf-8",
    )
    (root / "page.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (root / "batch.json").write_text(
        json.dumps([{"id": "j1", "text": REPORT_RU}, {"id": "j2", "text": ""}], ensure_ascii=False), encoding="utf-8"
    )
    (root / "single.json").write_text(json.dumps({"id": "j3", "text": REPORT_EN}), encoding="utf-8")
    jsonl(root / "kherson" / "lines.jsonl", {"id": "l1", "text": REPORT_UK})
    (root / "feed.rss").write_text(RSS, encoding="utf-8")
    (root / "sources.csv").write_text("id,name\n")  # not a document type: skipped in a folder
    (root / ".cache" / "hidden.txt").write_text("should not be read")

    docs, errors = split(read([root], follow_feed_links=False))
    by_id = {d.id: d for d in docs}
    assert [(e.origin, e.reason) for e in errors] == [(f"{root / 'batch.json'}[1]", "document 'j2': empty text")]
    assert set(by_id) >= {"corpus/kherson/note.txt", "corpus/brief.md", "corpus/page.html", "j1", "j3", "l1"}
    assert len(docs) == 8  # six above and the two feed entries

    note = by_id["corpus/kherson/note.txt"]
    assert (note.title, note.text, note.origin) == ("Protest in Kherson", REPORT_EN, str(root / "kherson" / "note.txt"))
    brief = by_id["corpus/brief.md"]
    assert brief.title == "Weekly brief"
    assert brief.text == "A partisan attack was reported in Berdiansk on Friday."
    page = by_id["corpus/page.html"]
    assert page.title == "Rail sabotage near Melitopol"
    assert page.text.startswith("An explosion damaged the railway line")
    assert "Home" not in page.text and "Copyright" not in page.text
    assert page.published_at == "2022-11-16T07:45:00+02:00"
    assert page.url == "https://www.example.org/rail-sabotage" and page.source == "example.org"
    assert by_id["l1"].origin == f"{root / 'kherson' / 'lines.jsonl'}:1"
    assert by_id["j1"].origin == f"{root / 'batch.json'}[0]"
    assert by_id["j3"].origin == str(root / "single.json")


def test_text_file_without_short_first_line_has_no_title(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(REPORT_EN * 3, encoding="utf-8")
    docs, _ = split(read([path]))
    assert docs[0].title == "" and docs[0].text == (REPORT_EN * 3)
    assert docs[0].id == "long.txt"


def test_oversized_text_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Title\n" + "word " * 100, encoding="utf-8")
    docs, errors = split(read([path], max_bytes=100))
    assert docs == [] and "over the limit of 100" in errors[0].reason


SOURCES = """id,name,language,country,ownership
wire_en,Wire Service,en,GB,independent
agency_ru,State Agency,ru,RU,State
"""


def test_read_sources(tmp_path):
    path = tmp_path / "sources.csv"
    path.write_text(SOURCES, encoding="utf-8")
    sources = read_sources(path)
    assert list(sources) == ["wire_en", "agency_ru"]
    assert sources["agency_ru"].ownership == "state"
    assert (sources["wire_en"].name, sources["wire_en"].language, sources["wire_en"].country) == ("Wire Service", "en", "GB")


def test_bad_sources_rows_are_named_by_file_and_line(tmp_path):
    path = tmp_path / "sources.csv"
    path.write_text(SOURCES + "x,X,en,GB,government\n,No id,en,GB,state\nwire_en,Again,en,GB,state\nshort,row\n")
    with pytest.raises(SourcesFileError) as raised:
        read_sources(path)
    message = str(raised.value)
    assert f"{path}:4: ownership 'government'" in message
    assert f"{path}:5: empty id" in message
    assert f"{path}:6: duplicate id 'wire_en'" in message
    assert f"{path}:7: expected 5 fields, found 2" in message


def test_sources_file_without_ownership_column(tmp_path):
    path = tmp_path / "sources.csv"
    path.write_text("id,name\nwire_en,Wire\n")
    with pytest.raises(SourcesFileError, match=r"sources.csv:1: header lacks column\(s\) ownership"):
        read_sources(path)
