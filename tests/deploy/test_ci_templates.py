"""The GitHub Actions and GitLab CI templates: schema-valid, shaped right, and their
build and publish commands work on a fixture fork (the national site and one region)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.deploy.test_sites import MULTISITE
from tests.helpers import REPO

GITHUB = REPO / ".github" / "workflows" / "pages.yml"
GITLAB = REPO / ".gitlab-ci.yml"
SHELLCHECK = shutil.which("shellcheck")


def validate(path: Path, schema: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """check-jsonschema with its bundled (offline) SchemaStore schema."""
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *extra]
    return subprocess.run([*command, str(path)], capture_output=True, text=True, check=False)


def load(path: Path) -> dict:
    # PyYAML reads GitHub's `on:` key as True.
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {("on" if key is True else key): value for key, value in data.items()}


def step(job: dict, step_id: str) -> dict:
    return next(s for s in job["steps"] if s.get("id") == step_id)


def test_the_github_workflow_matches_github_s_schema():
    result = validate(GITHUB, "vendor.github-workflows")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_gitlab_pipeline_matches_gitlab_s_schema():
    result = validate(GITLAB, "vendor.gitlab-ci", "--data-transform", "gitlab-ci")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_rejects_a_broken_workflow(tmp_path: Path):
    broken = load(GITHUB)
    del broken["jobs"]["build"]["runs-on"]
    broken["jobs"]["test"]["steps"][0] = {"uses": 5}
    path = tmp_path / "broken.yml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    result = validate(path, "vendor.github-workflows")
    assert result.returncode != 0


def test_github_tests_then_builds_every_discovered_site_then_publishes():
    jobs = load(GITHUB)["jobs"]
    assert any(s.get("run") == "make test" for s in jobs["test"]["steps"])
    assert (
        "sosialisasi deploy plan --host github-pages --json" in step(jobs["sites"], "list")["run"]
    )
    assert jobs["build"]["strategy"]["matrix"] == {
        "include": "${{ fromJSON(needs.sites.outputs.shards) }}"
    }
    assert '--all --shard "$SHARD" --public-url' in step(jobs["build"], "build")["run"]
    publish = jobs["publish"]
    assert set(publish["needs"]) == {"test", "sites", "build"}
    assert "default_branch" in publish["if"] and "pull_request" in publish["if"]
    assert step(publish, "deployment")["uses"].startswith("actions/deploy-pages@")


def test_github_grants_write_access_only_to_the_publishing_job():
    workflow = load(GITHUB)
    assert workflow["permissions"] == {}, "nothing by default: each job names what it needs"
    for name, job in workflow["jobs"].items():
        assert job["permissions"]["contents"] == "read", name
        writes = {k for k, v in job.get("permissions", {}).items() if v == "write"}
        assert writes == ({"pages", "id-token"} if name == "publish" else set()), name


PINNED = re.compile(r"actions/[a-z-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+")


def test_github_actions_are_pinned_to_a_commit_with_the_version_in_a_comment():
    text = GITHUB.read_text(encoding="utf-8")
    uses = re.findall(r"uses: (.+)", text)
    assert len(uses) >= 10
    assert all(PINNED.fullmatch(u.strip()) for u in uses), uses
    for job in load(GITHUB)["jobs"].values():
        for s in job["steps"]:
            if s.get("uses", "").startswith("actions/checkout@"):
                assert s["with"]["persist-credentials"] is False


def test_the_container_images_are_pinned_to_a_digest():
    image = load(GITHUB)["jobs"]["test"]["container"]["image"]
    assert re.fullmatch(r"python:3\.11-bookworm@sha256:[0-9a-f]{64}", image)
    assert load(GITLAB)["image"] == image


def zizmor(*args: str) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).parent / "zizmor"), "--offline", "--no-progress", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("persona", ["regular", "auditor"])
def test_zizmor_finds_nothing_in_the_workflows(persona: str):
    result = zizmor("--persona", persona, str(GITHUB.parent))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_zizmor_flags_an_unpinned_action(tmp_path: Path):
    text = GITHUB.read_text(encoding="utf-8")
    broken = tmp_path / "pages.yml"
    broken.write_text(re.sub(r"actions/checkout@[0-9a-f]{40}", "actions/checkout@v4", text))
    result = zizmor(str(broken))
    assert result.returncode != 0 and "unpinned-uses" in result.stdout


def test_gitlab_tests_then_builds_every_site_in_parallel_then_publishes_pages():
    pipeline = load(GITLAB)
    assert pipeline["test"]["script"][-1] == "make test"
    build = pipeline["build"]
    assert build["parallel"] >= 2
    assert '--all --shard "$CI_NODE_INDEX/$CI_NODE_TOTAL"' in build["script"][0]
    assert "sosialisasi deploy plan --host gitlab-pages" in build["before_script"]
    pages = pipeline["pages"]
    assert pages["artifacts"]["paths"] == ["public"]
    assert set(pages["needs"]) == {"test", "build"}
    assert pages["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]


def test_both_templates_check_the_content_of_the_nation_and_every_region():
    github = step_by_name(load(GITHUB)["jobs"]["test"], "Check content")["run"]
    gitlab = "\n".join(load(GITLAB)["test"]["script"])
    for script, output in ((github, "FORMAT=github"), (gitlab, "make check")):
        assert "make check" in script and output in script
        assert "for region in regions/*/mkdocs.yml" in script and "REGION=" in script


def step_by_name(job: dict, prefix: str) -> dict:
    return next(s for s in job["steps"] if s.get("name", "").startswith(prefix))


# What .ci/run installs that the CI images (python:3.11-bookworm) lack.
IN_THE_IMAGE = {"make", "git", "python3-venv"}


def ci_run_packages() -> set[str]:
    return set(re.findall(r"need\+=\(([a-z0-9.-]+)\)", (REPO / ".ci" / "run").read_text()))


def apt_packages(script: str) -> set[str]:
    found = re.search(r"apt-get install -y -qq ([a-z0-9 .-]+?)(?: >|$)", script)
    return set(found.group(1).split()) if found else set()


def test_the_templates_install_what_the_test_suite_needs():
    """Both run the one list of Debian packages (scripts/setup-system.sh) before make test."""
    needed = ci_run_packages() - IN_THE_IMAGE
    assert not needed, "the CI images have make, git and venv; the rest is in the one list"
    github = [s.get("run", "") for s in load(GITHUB)["jobs"]["test"]["steps"]]
    gitlab = load(GITLAB)["test"]["before_script"]
    for script in (github, gitlab):
        assert "bash scripts/setup-system.sh" in script
        assert not any("apt-get" in line for line in script), "one list, not a second copy"
    listed = (REPO / "scripts" / "setup-system.sh").read_text(encoding="utf-8")
    for package in ("chromium", "nginx", "shellcheck", "default-jre-headless", "nodejs", "npm"):
        assert f' {package}"' in listed, package


@pytest.fixture
def fork(tmp_path: Path) -> Path:
    """A copy of the fixture fork, with its theme overrides path made absolute."""
    root = tmp_path / "fork"
    shutil.copytree(MULTISITE, root)
    for config in [root / "mkdocs.yml", *root.glob("regions/*/mkdocs.yml")]:
        text = re.sub(
            r"custom_dir: [./]*overrides", f"custom_dir: {REPO / 'overrides'}", config.read_text()
        )
        config.write_text(text)
    return root


def run(script: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    full_env = {**os.environ, "PATH": path, **env}
    full_env.pop("SITE_URL", None)
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, f"{script}\n{result.stdout}\n{result.stderr[-3000:]}"
    return result


def test_github_build_and_assemble_steps_publish_a_fork(fork: Path, tmp_path: Path):
    jobs = load(GITHUB)["jobs"]
    output = tmp_path / "github_output"
    output.touch()
    run(step(jobs["sites"], "list")["run"], fork, GITHUB_OUTPUT=str(output))
    shards = json.loads(output.read_text().split("shards=", 1)[1])
    assert shards == [{"shard": "1/1"}], "two sites: one job"
    public = "https://org.github.io/netralitas"
    for shard in shards:  # one matrix job per shard
        run(step(jobs["build"], "build")["run"], fork, SHARD=shard["shard"], PUBLIC_URL=public)
    assert {p.name for p in (fork / "dist").iterdir()} >= {"base", "jateng"}
    run(step(jobs["publish"], "assemble")["run"], fork, PUBLIC_URL=public)
    page = (fork / "_site" / "jateng" / "en" / "index.html").read_text()
    assert f'<link rel="canonical" href="{public}/jateng/en/">' in page
    assert "Beranda nasional" in (fork / "_site" / "index.html").read_text()
    assert not (fork / "_site" / "jateng" / "assets" / "javascripts").exists(), "shared"


def test_gitlab_build_and_pages_scripts_publish_a_fork(fork: Path):
    pipeline = load(GITLAB)
    pages_url = "https://org.gitlab.io/netralitas"
    total = pipeline["build"]["parallel"]
    for index in range(1, total + 1):  # the parallel build jobs
        for line in pipeline["build"]["script"]:
            env = {"CI_NODE_INDEX": str(index), "CI_NODE_TOTAL": str(total)}
            run(line, fork, CI_PAGES_URL=pages_url, **env)
    for line in pipeline["pages"]["script"]:
        run(line, fork, CI_PAGES_URL=pages_url)
    page = (fork / "public" / "jateng" / "index.html").read_text()
    assert f'<link rel="canonical" href="{pages_url}/jateng/">' in page
    assert (fork / "public" / "en" / "404.html").is_file()


def shell_scripts() -> list[tuple[str, str]]:
    scripts = []
    for name, job in load(GITHUB)["jobs"].items():
        scripts += [(f"github {name}", s["run"]) for s in job["steps"] if "run" in s]
    for name, job in load(GITLAB).items():
        if isinstance(job, dict) and "script" in job:
            lines = job.get("before_script", []) + job["script"]
            scripts += [(f"gitlab {name}", line) for line in lines]
    return scripts


@pytest.mark.parametrize(("where", "script"), shell_scripts())
def test_every_ci_shell_step_passes_shellcheck(where: str, script: str):
    if SHELLCHECK is None:
        message = "shellcheck is not installed (Debian: apt-get install shellcheck)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; .ci/run installs it", pytrace=False)
        pytest.skip(message)
    # GitHub expressions are filled in before the shell runs; stand in a plain word.
    text = re.sub(r"\$\{\{.*?\}\}", "EXPR", script)
    result = subprocess.run(
        [SHELLCHECK, "--shell=bash", "-"], input=text, capture_output=True, text=True
    )
    assert result.returncode == 0, f"{where}:\n{result.stdout}"
