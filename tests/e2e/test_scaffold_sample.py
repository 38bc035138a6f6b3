"""`scaffold` on the bundled sample monolith, checked with real tools: every generated module
compiles; cfn-lint passes on every template and on its translation by aws-sam-translator;
each generated service's own tests pass on moto in their own pytest process; re-runs are
safe; the same inputs give the same bytes. (Golden copies of generated files are kept for a
small hand-bounded monolith, whose services do not move with the clustering: see
tests/unit/scaffold/test_mini_monolith.py.)
"""

from __future__ import annotations

import atexit
import copy
import json
import os
import py_compile
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml

from migrate_kit.api import AnalyzeRequest, analyze
from migrate_kit.errors import BadInput
from migrate_kit.formats import boundaries_yaml
from migrate_kit.scaffold import scaffold
from tests.cli_support import SAMPLE



def _analyze_sample() -> Path:
    """Analyzed once, when the tests are collected: the proposed services parametrize them."""
    out = Path(tempfile.mkdtemp(prefix="scaffold-sample-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)
    analyze(AnalyzeRequest(root=SAMPLE, out=out, use_cache=False, jobs=1))
    return out


ANALYZED = _analyze_sample()
SERVICES = tuple(s.name for s in boundaries_yaml.load(ANALYZED / "boundaries.yaml").services)


@pytest.fixture(scope="module")
def analyzed() -> Path:
    return ANALYZED


@pytest.fixture(scope="module")
def scaffolded(analyzed, tmp_path_factory):
    out = tmp_path_factory.mktemp("services") / "services"
    return scaffold(analyzed / "boundaries.yaml", out)


def test_every_proposed_service_is_scaffolded(scaffolded):
    assert scaffolded.services == SERVICES
    assert scaffolded.skipped == scaffolded.replaced == ()
    for service in SERVICES:
        for name in ("template.yaml", "README.md", "requirements.txt", "src/requirements.txt", "tests/conftest.py"):
            assert (scaffolded.out / service / name).is_file(), f"{service}/{name}"
    assert (scaffolded.out / ".migrate-kit" / "manifest.json").is_file()
    assert scaffolded.operations > 0 and scaffolded.ported <= scaffolded.operations


def test_every_generated_module_compiles(scaffolded, tmp_path):
    paths = sorted(scaffolded.out.rglob("*.py"))
    assert len(paths) > 100
    for path in paths:
        py_compile.compile(str(path), cfile=str(tmp_path / "compiled.pyc"), doraise=True)


def test_templates_use_long_form_intrinsics_and_no_physical_names(scaffolded):
    for service in SERVICES:
        text = (scaffolded.out / service / "template.yaml").read_text(encoding="utf-8")
        assert "!Ref" not in text and "!GetAtt" not in text and "!Sub" not in text
        template = yaml.safe_load(text)  # a plain YAML loader reads it
        for name, resource in template["Resources"].items():
            properties = resource.get("Properties", {})
            for key in ("TableName", "QueueName", "FunctionName", "LogGroupName", "Name"):
                assert key not in properties or resource["Type"] == "AWS::Lambda::EventSourceMapping", (service, name)


@pytest.mark.parametrize("service", SERVICES)
def test_cfn_lint_passes_on_the_template_and_its_translation(scaffolded, service):
    from cfnlint.api import ManualArgs, lint

    text = (scaffolded.out / service / "template.yaml").read_text(encoding="utf-8")
    config = ManualArgs(regions=["us-east-1"])
    assert [str(m) for m in lint(text, config=config)] == []
    translated = json.dumps(sam_translate(yaml.safe_load(text)), indent=1)
    assert [str(m) for m in lint(translated, config=config)] == []


def sam_translate(template: dict) -> dict:
    """The CloudFormation that `sam deploy` would submit (code locations stubbed)."""
    import boto3
    from samtranslator.parser.parser import Parser
    from samtranslator.translator.translator import Translator

    template = copy.deepcopy(template)
    for resource in template["Resources"].values():
        if resource["Type"] == "AWS::Serverless::Function":
            resource["Properties"]["CodeUri"] = "s3://bucket/code.zip"
    translator = Translator(managed_policy_map={}, sam_parser=Parser(),
                            boto_session=boto3.Session(region_name="us-east-1"))
    return translator.translate(template, parameter_values={})


def test_the_translation_grants_only_the_services_own_resources(scaffolded):
    """Least privilege: no function of the sample may touch `*`, except X-Ray and logs."""
    for service in SERVICES:
        template = sam_translate(yaml.safe_load((scaffolded.out / service / "template.yaml").read_text()))
        for name, resource in template["Resources"].items():
            if resource["Type"] != "AWS::IAM::Role":
                continue
            managed = resource["Properties"].get("ManagedPolicyArns", [])
            assert all(arn.endswith(("AWSLambdaBasicExecutionRole", "AWSXrayWriteOnlyAccess")) for arn in managed), name
            for policy in resource["Properties"].get("Policies", []):
                for statement in policy["PolicyDocument"]["Statement"]:
                    assert statement["Resource"] != "*", (service, name, statement)


@pytest.mark.parametrize("service", SERVICES)
def test_generated_tests_pass_on_moto(scaffolded, service, tmp_path):
    """Each service's own tests, in their own pytest process, on a copy (they write caches)."""
    folder = tmp_path / service
    shutil.copytree(scaffolded.out / service, folder)
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "AWS_"))}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly"],
        cwd=folder, capture_output=True, text=True, timeout=300,
        env={**environment, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    assert " passed" in run.stdout.splitlines()[-1] and "skipped" not in run.stdout.splitlines()[-1]


def test_the_same_inputs_give_byte_identical_files(analyzed, scaffolded, tmp_path):
    again = scaffold(analyzed / "boundaries.yaml", tmp_path / "again")
    assert again.written == scaffolded.written
    for relative in scaffolded.written:
        assert (again.out / relative).read_bytes() == (scaffolded.out / relative).read_bytes(), relative


def test_re_runs_keep_edited_files_unless_forced(analyzed, tmp_path):
    out = tmp_path / "services"
    first = scaffold(analyzed / "boundaries.yaml", out)
    manifest = json.loads((out / ".migrate-kit" / "manifest.json").read_text())
    assert sorted(manifest["files"]) == sorted(first.written)
    edited = out / "orders" / "src" / "orders_service" / "operations.py"
    edited.write_text(edited.read_text() + "\n# ported by hand\n")
    (out / "orders" / "notes.md").write_text("mine")  # not generated: never touched

    second = scaffold(analyzed / "boundaries.yaml", out)
    assert second.written == () and second.skipped == ("orders/src/orders_service/operations.py",)
    assert len(second.unchanged) == len(first.written) - 1
    assert edited.read_text().endswith("# ported by hand\n")
    assert any("operations.py" in w for w in second.warnings)

    forced = scaffold(analyzed / "boundaries.yaml", out, force=True)
    assert forced.replaced == ("orders/src/orders_service/operations.py",)
    assert not edited.read_text().endswith("# ported by hand\n")
    assert edited.with_name("operations.py.orig").read_text().endswith("# ported by hand\n")
    assert (out / "orders" / "notes.md").read_text() == "mine"
    assert scaffold(analyzed / "boundaries.yaml", out).written == ()


def test_refused_service_names(analyzed, tmp_path):
    text = (analyzed / "boundaries.yaml").read_text()
    for bad in ("../escape", "/etc", "Upper", "a/b"):
        boundaries = tmp_path / "boundaries.yaml"
        boundaries.write_text(text.replace(f"- name: {SERVICES[0]}\n", f"- name: {json.dumps(bad)}\n", 1))
        shutil.copy(analyzed / "graph.json", tmp_path / "graph.json")
        with pytest.raises(BadInput, match="name"):
            scaffold(boundaries, tmp_path / "out")
        assert not (tmp_path / "out").exists()
    assert not any(p.name.startswith(".out") for p in tmp_path.iterdir())
