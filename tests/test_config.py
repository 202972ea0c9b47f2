import pytest

from indexer.config import load_settings
from indexer.errors import PolicyQAError


def test_settings_file_environment_and_flags(tmp_path, monkeypatch):
    path = tmp_path / "policyqa.toml"
    path.write_text("[policyqa]\ndense_weight = 0.7\ngate = 8\n", encoding="utf-8")
    monkeypatch.setenv("POLICYQA_GATE", "9")
    s = load_settings(path, fusion="zscore")
    assert (s.dense_weight, s.gate, s.fusion) == (0.7, 9, "zscore")   # file ← environment ← flags


@pytest.mark.parametrize("text,message", [
    ("route_override = 0.5\n", "outside it: route_override"),      # a key outside [policyqa] is not ignored
    ("[policyqa]\nroute_overide = 0.5\n", "unknown setting 'route_overide'"),
    ("[policyqa]\ngate = 'six'\n", "setting 'gate' expects int"),
    ("[policyqa\n", "not valid TOML")])
def test_a_bad_settings_file_is_an_error(tmp_path, text, message):
    path = tmp_path / "policyqa.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyQAError, match=message):
        load_settings(path)


def test_a_missing_settings_file_given_by_name_is_an_error(tmp_path):
    with pytest.raises(PolicyQAError, match="not found"):
        load_settings(tmp_path / "nope.toml")
