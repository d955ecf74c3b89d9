//! The release path without a source build: `scripts/package.sh` makes the archives
//! and `SHA256SUMS` the release workflow publishes, and the Action's install step
//! (`scripts/action-install.sh`, run as `action.yml` runs it) downloads them from a
//! local server, checks them, and falls back to building where no release exists.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::http::{self, Server};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn version() -> String {
    let toml = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    toml.lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .unwrap()
        .trim_end_matches('"')
        .to_string()
}

fn package(target: &str, out: &Path) -> Output {
    let bin = assert_cmd::cargo::cargo_bin("keyfence");
    Command::new("bash")
        .arg(root().join("scripts/package.sh"))
        .args([
            target,
            bin.to_str().unwrap(),
            out.to_str().unwrap(),
            &version(),
        ])
        .output()
        .unwrap()
}

/// The Action's install step, taken from `action.yml` as it is, with `cargo` a stub
/// that records how it was called.
fn install_step(env: &[(&str, String)], stubs: &Path) -> Output {
    let action = std::fs::read_to_string(root().join("action.yml")).unwrap();
    let at = action
        .find("scripts/action-install.sh")
        .expect("the step calls the script");
    let start = action[..at].rfind("run: |\n").unwrap() + "run: |\n".len();
    let end = action[start..]
        .find("\n    - ")
        .or_else(|| action[start..].find("\n    # "))
        .unwrap()
        + start;
    let script: String = action[start..end]
        .lines()
        .map(|l| l.strip_prefix("        ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n");
    let mut cmd = Command::new("bash");
    cmd.args(["-e", "-c", &script])
        .env("GITHUB_ACTION_PATH", root())
        .env(
            "PATH",
            format!("{}:{}", stubs.display(), std::env::var("PATH").unwrap()),
        );
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn the_version_file_beside_the_action_is_cargo_s() {
    let file = std::fs::read_to_string(root().join("action-version.txt")).unwrap();
    assert_eq!(
        file.trim(),
        version(),
        "action-version.txt must equal Cargo.toml's version"
    );
    let out = common::keyfence().arg("--version").output().unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    let re =
        regex::Regex::new(r"^keyfence \d+\.\d+\.\d+\S* \(commit ([0-9a-f]{7,40}|unknown)\)\n$")
            .unwrap();
    assert!(re.is_match(&shown), "{shown:?}");
}

#[test]
fn the_action_installs_a_checked_release_and_falls_back_to_building() {
    let dir = tempfile::tempdir().unwrap();
    let release = dir.path().join("release");
    for target in ["x86_64-unknown-linux-musl", "x86_64-pc-windows-msvc"] {
        let out = package(target, &release);
        assert!(out.status.success(), "{}", text(&out));
    }
    let v = version();
    let sums = std::fs::read_to_string(release.join("SHA256SUMS")).unwrap();
    assert_eq!(sums.lines().count(), 2, "{sums}");
    assert!(sums.contains(&format!("  keyfence-{v}-x86_64-unknown-linux-musl.tar.gz")));
    assert!(sums.contains(&format!("  keyfence-{v}-x86_64-pc-windows-msvc.zip")));
    // Packaging again replaces its own line.
    assert!(package("x86_64-unknown-linux-musl", &release)
        .status
        .success());
    assert_eq!(
        std::fs::read_to_string(release.join("SHA256SUMS"))
            .unwrap()
            .lines()
            .count(),
        2
    );

    let stubs = dir.path().join("stubs");
    std::fs::create_dir(&stubs).unwrap();
    let log = dir.path().join("cargo.log");
    common::write(
        &stubs,
        "cargo",
        format!("#!/bin/sh\necho \"cargo $*\" >> {}\n", log.display()),
    );
    Command::new("chmod")
        .args(["+x"])
        .arg(stubs.join("cargo"))
        .status()
        .unwrap();

    let server = Server::start(http::serve_dir(&release, Vec::new()));
    let env = |os: &str, arch: &str, root: &Path| {
        vec![
            ("KEYFENCE_VERSION", v.clone()),
            ("KEYFENCE_ROOT", root.display().to_string()),
            ("RUNNER_OS", os.to_string()),
            ("RUNNER_ARCH", arch.to_string()),
            ("KEYFENCE_RELEASE_BASE_URL", server.origin()),
        ]
    };

    // Linux x64: downloaded, checked, unpacked; it runs.
    let linux = dir.path().join("linux");
    let out = install_step(&env("Linux", "X64", &linux), &stubs);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("checksum verified"), "{}", text(&out));
    let ran = Command::new(linux.join("bin/keyfence"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&ran.stdout).starts_with(&format!("keyfence {v}")));
    // Windows: the zip.
    let windows = dir.path().join("windows");
    let out = install_step(&env("Windows", "X64", &windows), &stubs);
    assert!(out.status.success(), "{}", text(&out));
    assert!(windows.join("bin/keyfence.exe").exists());
    assert!(!log.exists(), "nothing was built");

    // No asset for this runner: the step builds from source instead.
    let arm = dir.path().join("arm");
    let out = install_step(&env("Linux", "ARM64", &arm), &stubs);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("no release asset"), "{}", text(&out));
    let built = std::fs::read_to_string(&log).unwrap();
    assert!(
        built.starts_with("cargo install --locked --path "),
        "{built}"
    );
    assert!(
        built.contains(&format!("--root {}", arm.display())),
        "{built}"
    );

    // A checksum that does not match: the step fails, nothing is installed or built.
    std::fs::remove_file(&log).unwrap();
    let good = std::fs::read_to_string(release.join("SHA256SUMS")).unwrap();
    let bad: String = good
        .lines()
        .map(|l| {
            let (sum, name) = l.split_once("  ").unwrap();
            let flipped: String = sum.chars().rev().collect();
            format!("{flipped}  {name}\n")
        })
        .collect();
    std::fs::write(release.join("SHA256SUMS"), bad).unwrap();
    let tampered = Server::start(http::serve_dir(&release, Vec::new()));
    let mut e = env("Linux", "X64", &dir.path().join("tampered"));
    e[4].1 = tampered.origin();
    let out = install_step(&e, &stubs);
    assert!(!out.status.success());
    assert!(text(&out).contains("checksum mismatch"), "{}", text(&out));
    assert!(!dir.path().join("tampered/bin/keyfence").exists());
    assert!(!log.exists(), "a bad checksum is no reason to build");
}
