from __future__ import annotations

from pathlib import Path

import pytest

from frontdesk.config import Config, bundled_data_dir


def test_frontdesk_home_moves_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTDESK_HOME", str(tmp_path))
    config = Config.from_env()
    for path in (config.database_path, config.local_guides_dir, config.backup_dir, config.log_dir,
                 config.supervisor_path, config.packs_dir, config.local_categories_path):
        assert path.is_relative_to(tmp_path)


def test_explicit_home_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTDESK_HOME", str(tmp_path / "env"))
    assert Config.from_env(tmp_path / "option").home == (tmp_path / "option").resolve()


def test_default_uses_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FRONTDESK_HOME", raising=False)
    config = Config.from_env()
    assert config.home.name == "frontdesk"
    assert "frontdesk" in config.log_dir.parts


def test_ensure_home_creates_folders(tmp_path: Path) -> None:
    config = Config.from_env(tmp_path / "new")
    config.ensure_home()
    assert config.local_guides_dir.is_dir() and config.backup_dir.is_dir() and config.log_dir.is_dir()


def test_bundled_data_is_found() -> None:
    data = bundled_data_dir()
    assert (data / "agencies.yaml").is_file()
    assert (data / "guides").is_dir()
