"""``python -m sharpbind build``: a plain folder of .cs files, compile errors, bad paths."""

import os
import subprocess
import sys
import textwrap

import pytest

MODULE = textwrap.dedent('''
    using SharpBind;

    /// <summary>Built from a folder by the CLI.</summary>
    [PyModule("folder_module")]
    public static class FolderModule
    {
        public static string Greet(string name = "world") => $"hello {name}";
    }
''')


def _cli(repo_root, *args):
    env = dict(os.environ, PYTHONPATH=os.path.join(repo_root, "python"))
    return subprocess.run([sys.executable, "-m", "sharpbind", *args], env=env, capture_output=True, text=True, timeout=600)


def test_folder_of_cs_files_builds_with_the_package(repo_root, tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    (source / "FolderModule.cs").write_text(MODULE)
    out = tmp_path / "out"
    result = _cli(repo_root, "build", str(source), "--mode", "hosted", "-o", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert str(out / "folder_module.py") in result.stdout.splitlines()
    check = subprocess.run([sys.executable, "-c", "import folder_module as m; print(m.greet(), m.greet('C#'), m.__doc__)"],
                           env=dict(os.environ, PYTHONPATH=os.pathsep.join([str(out), os.path.join(repo_root, "python")])),
                           capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip() == "hello world hello C# Built from a folder by the CLI."


def test_compile_error_is_reported_with_location(repo_root, tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    (source / "Broken.cs").write_text('using SharpBind;\n[PyModule("broken")]\npublic static class Broken\n{\n    public static int F() => "not an int";\n}\n')
    result = _cli(repo_root, "build", str(source), "--mode", "hosted", "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "Broken.cs(5," in result.stderr and "error CS0029" in result.stderr


def test_generator_diagnostic_is_reported(repo_root, tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    (source / "Bad.cs").write_text('using SharpBind;\n[PyModule("bad")]\npublic static class Bad\n{\n    public static void F(System.IO.Stream s) { }\n}\n')
    result = _cli(repo_root, "build", str(source), "--mode", "hosted", "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "error SB0001" in result.stderr and "System.IO.Stream" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["build", "/nonexistent/path"], "is neither a .csproj file nor a folder"),
    (["build", "--mode", "jit", "."], "invalid choice"),
])
def test_bad_arguments(repo_root, args, message):
    result = _cli(repo_root, *args)
    assert result.returncode != 0
    assert message in result.stderr


def test_folder_without_module(repo_root, tmp_path):
    (tmp_path / "Plain.cs").write_text("public static class Plain { }\n")
    result = _cli(repo_root, "build", str(tmp_path))
    assert result.returncode == 1
    assert 'no [PyModule("name")] class was found' in result.stderr


def test_outside_csproj_references_the_package_and_builds_aot(repo_root, tmp_path):
    # A user's own project, outside this repository, referencing the NuGet package that
    # ./build.sh pack wrote: the runtime, the generator (as an analyzer) and the MSBuild files.
    from sharpbind._build import package_dir

    project = tmp_path / "userproj"
    project.mkdir()
    (project / "UserModule.cs").write_text(MODULE.replace("folder_module", "user_module"))
    (project / "UserModule.csproj").write_text(textwrap.dedent(f'''
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net8.0</TargetFramework>
            <Nullable>enable</Nullable>
            <RestoreAdditionalProjectSources>{package_dir()}</RestoreAdditionalProjectSources>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="SharpBind" Version="0.1.0" />
          </ItemGroup>
        </Project>
    '''))
    out = tmp_path / "out"
    result = _cli(repo_root, "build", str(project / "UserModule.csproj"), "-o", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert (out / "user_module.abi3.so").exists()
    check = subprocess.run([sys.executable, "-c", "import user_module as m; print(m.greet('aot'))"],
                           env=dict(os.environ, PYTHONPATH=str(out)), capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip() == "hello aot"
