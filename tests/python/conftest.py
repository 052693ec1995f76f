"""Puts the fixture modules on sys.path, built in the mode under test.

``./build.sh test`` builds tests/fixtures once per mode and runs pytest twice, with
SHARPBIND_TEST_MODE=aot|hosted and SHARPBIND_TEST_DIR pointing at the build. Run alone,
``pytest tests/python`` builds what it needs into artifacts/test/<mode> first.
"""

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODE = os.environ.get("SHARPBIND_TEST_MODE", "aot")
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "Fixtures", "Fixtures.csproj")
MODULE_DIR = os.path.abspath(os.environ.get("SHARPBIND_TEST_DIR") or os.path.join(ROOT, "artifacts", "test", MODE))

sys.path.insert(0, os.path.join(ROOT, "python"))
sys.path.insert(0, MODULE_DIR)


def _build_if_missing():
    marker = "basics.abi3.so" if MODE == "aot" else "basics.py"
    if os.path.exists(os.path.join(MODULE_DIR, marker)):
        return
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
    subprocess.run([sys.executable, "-m", "sharpbind", "build", FIXTURES, "--mode", MODE, "-o", MODULE_DIR],
                   check=True, env=env)


_build_if_missing()


try:
    from hypothesis import settings
except ImportError:  # only the property tests need it
    pass
else:
    # ./build.sh test (and so CI) passes --hypothesis-profile=repeatable: the property tests then draw
    # the same examples on every run, so a CI result is reproducible. Run pytest without it to explore
    # new random examples.
    settings.register_profile("repeatable", derandomize=True)


# csimport builds its own modules and does not depend on how the fixtures were built: its tests run
# once, in the hosted pass (one of them checks AOT mode itself).
collect_ignore = ["test_csimport.py"] if MODE == "aot" else []


def pytest_report_header(config):
    return f"sharpbind mode: {MODE}, modules from {MODULE_DIR}"


@pytest.fixture(scope="session")
def mode():
    return MODE


@pytest.fixture(scope="session")
def module_dir():
    return MODULE_DIR


@pytest.fixture(scope="session")
def repo_root():
    return ROOT
