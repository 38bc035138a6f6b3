"""The one jinja2 environment: strict, and its filters."""

import jinja2
import pytest

from migrate_kit.scaffold import templating


def test_the_environment_is_strict_and_does_not_escape():
    env = templating.environment()
    assert env.undefined is jinja2.StrictUndefined and env.autoescape is False
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing }}").render()
    assert env.from_string("{{ '<&>' }}").render() == "<&>"
    assert templating.environment() is env  # built once


def test_templates_are_found_from_a_checkout():
    assert (templating.templates_folder() / "sam" / "template.yaml.j2").is_file()


@pytest.mark.parametrize(("value", "source"), [
    ("a'b", '"a\'b"'), ("é\n", '"é\\n"'), (("x",), '("x",)'), ({"k": [1, True, None]}, '{"k": [1, True, None]}'),
])
def test_python_literals_round_trip(value, source):
    assert templating.python_literal(value) == source
    assert eval(source) == value  # noqa: S307 - a literal


def test_intrinsics_are_long_form():
    assert templating.intrinsic(("ref", "T"), 2) == "  Ref: T"
    assert templating.intrinsic(("getatt", "Q", "Arn"), 0) == "Fn::GetAtt: [Q, Arn]"
    assert templating.intrinsic(("import", "OrdersStackName", "XQueueUrl"), 0) == (
        'Fn::ImportValue:\n  Fn::Sub: "${OrdersStackName}-XQueueUrl"')


def test_clock_types_are_aliased():
    assert templating.python_type("datetime | None") == "DateTime | None"
    assert templating.python_type("list[date]") == "list[Date]"
