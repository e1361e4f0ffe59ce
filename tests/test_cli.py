"""The thin CLI: options reach the library, and errors are usage errors with a clear message."""

from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()


def test_evaluate_prints_scores_and_confusions_and_can_write_json(tmp_path):
    tsv = tmp_path / "gold.tsv"
    tsv.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tA roadside bomb exploded under a military truck, killing three soldiers.\tREM_EXPLOS\n"
        "2\tThe foreign ministers of the two countries met to discuss trade.\tDIPLO\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["evaluate", str(tsv), "--json", str(tmp_path / "scores.json")])
    assert result.exit_code == 0, result.output
    assert "weighted F1" in result.output and "confusion" in result.output
    assert (tmp_path / "scores.json").read_text().startswith("{")


def test_evaluate_names_a_missing_file_and_exits_2(tmp_path):
    result = runner.invoke(app, ["evaluate", str(tmp_path / "nope.tsv")])
    assert result.exit_code == 2
    assert "nope.tsv" in result.output


def test_sources_can_be_added_and_listed(tmp_path):
    db = str(tmp_path / "s.duckdb")
    added = runner.invoke(app, ["sources", "add", "ria_ru", "--db", db, "--ownership", "state", "--language", "ru"])
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["sources", "list", "--db", db])
    assert "ria_ru" in listed.output and "state" in listed.output


def test_an_unknown_ownership_is_refused(tmp_path):
    result = runner.invoke(app, ["sources", "add", "x", "--db", str(tmp_path / "s.duckdb"), "--ownership", "public"])
    assert result.exit_code == 2


def test_a_bad_sources_file_is_a_usage_error_naming_the_line(tmp_path):
    sources = tmp_path / "sources.csv"
    sources.write_text("id,name,language,country,ownership\nria_ru,RIA,ru,RU,governmental\n", encoding="utf-8")
    docs = tmp_path / "d.jsonl"
    docs.write_text('{"id": "a", "text": "Nothing happened today."}\n', encoding="utf-8")
    result = runner.invoke(app, ["run", str(docs), "--sources", str(sources), "--out", str(tmp_path / "o"),
                                 "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2
    assert "sources.csv:2" in result.output
