"""sosialisasi.inputs: the one safe way to read an author file refuses links, devices,
FIFOs, oversized and non-UTF-8 files with the file and the reason, never hanging."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sosialisasi.inputs import (
    InputError,
    check_author_file,
    find_unsafe_files,
    read_author_bytes,
    read_author_text,
)


def test_a_plain_file_is_read_with_its_bom_dropped(tmp_path: Path):
    page = tmp_path / "content" / "a.md"
    page.parent.mkdir()
    page.write_bytes("\ufeffSelamat datang".encode())
    assert read_author_text(page, root=tmp_path) == "Selamat datang"
    assert read_author_bytes(page, root=tmp_path).startswith(b"\xef\xbb\xbf")


def test_a_linked_file_is_refused_without_reading_its_target(tmp_path: Path):
    link = tmp_path / "environ.md"
    link.symlink_to("/proc/self/environ")
    with pytest.raises(InputError) as caught:
        read_author_text(link, root=tmp_path)
    assert caught.value.file == link
    assert "symbolic link" in caught.value.reason
    assert "copy the file" in caught.value.hint
    assert str(link) in str(caught.value)


def test_a_linked_folder_in_the_path_is_refused(tmp_path: Path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "page.md").write_text("rahasia")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "linked").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(InputError) as caught:
        read_author_text(tmp_path / "content" / "linked" / "page.md", root=tmp_path)
    assert caught.value.file == tmp_path / "content" / "linked"
    assert "in the path of" in caught.value.reason


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_not_read_forever(tmp_path: Path, device: str):
    with pytest.raises(InputError, match="not a regular file"):
        read_author_bytes(device, root=tmp_path)
    link = tmp_path / "bank.md"
    link.symlink_to(device)
    with pytest.raises(InputError, match="symbolic link"):
        read_author_text(link, root=tmp_path)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path):
    fifo = tmp_path / "bank.md"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_author_text(fifo, root=tmp_path)
    with pytest.raises(InputError, match="not a regular file"):
        check_author_file(fifo, root=tmp_path)


def test_a_folder_is_refused(tmp_path: Path):
    with pytest.raises(InputError, match="a folder"):
        read_author_text(tmp_path, root=tmp_path)


def test_a_file_over_the_limit_is_refused(tmp_path: Path):
    big = tmp_path / "big.md"
    big.write_bytes(b"a" * 101)
    assert read_author_text(big, root=tmp_path, limit=101) == "a" * 101
    with pytest.raises(InputError, match="larger than the limit of 100 bytes"):
        read_author_text(big, root=tmp_path, limit=100)
    with pytest.raises(InputError, match="larger than"):
        check_author_file(big, root=tmp_path, limit=100)


def test_text_that_is_not_utf8_names_its_line(tmp_path: Path):
    page = tmp_path / "latin1.md"
    page.write_bytes(b"---\ntitle: Caf\xe9\n---\n")
    with pytest.raises(InputError) as caught:
        read_author_text(page, root=tmp_path)
    assert caught.value.line == 2
    assert f"{page}:2:" in str(caught.value)
    assert "UTF-8" in caught.value.reason


def test_a_missing_file_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="cannot be read"):
        read_author_text(tmp_path / "none.md", root=tmp_path)


def test_outside_the_root_only_the_file_itself_is_checked(tmp_path: Path):
    root, other = tmp_path / "site", tmp_path / "other"
    root.mkdir()
    other.mkdir()
    (other / "base.yml").write_text("site_name: x\n")
    assert read_author_text(other / "base.yml", root=root) == "site_name: x\n"
    (other / "linked.yml").symlink_to(other / "base.yml")
    with pytest.raises(InputError, match="symbolic link"):
        read_author_text(other / "linked.yml", root=root)


def test_find_unsafe_files_lists_every_refused_file_without_following_links(tmp_path: Path):
    content = tmp_path / "content"
    (content / "materi").mkdir(parents=True)
    (content / "materi" / "ok.md").write_text("ok")
    (content / "loop").symlink_to(content)  # walking it would never end
    (content / "materi" / "passwd.png").symlink_to("/etc/passwd")
    os.mkfifo(content / "materi" / "pipe.md")
    (content / ".git").mkdir()
    (content / ".git" / "hidden").symlink_to("/etc/passwd")  # dot folders are not published
    found = {
        error.file.relative_to(content).as_posix(): error
        for error in find_unsafe_files(content, root=tmp_path)
    }
    assert sorted(found) == ["loop", "materi/passwd.png", "materi/pipe.md"]
    assert "symbolic link" in found["loop"].reason
    assert "not a regular file" in found["materi/pipe.md"].reason


def test_a_linked_content_folder_is_refused_itself(tmp_path: Path):
    (tmp_path / "real").mkdir()
    (tmp_path / "content").symlink_to(tmp_path / "real")
    [error] = find_unsafe_files(tmp_path / "content", root=tmp_path)
    assert error.file == tmp_path / "content"
