//! `.keyfence.toml` (the CLI's own config module, built here as it is),
//! `.keyfenceignore`, a baseline and a rule file on arbitrary text: a clear error or a
//! value, never a panic, and every limit holds. The paths a config names go through the
//! reader that confines them (`keyfence_model::fs::resolve_inside`) over a fixture
//! folder with symlinks in and out: what resolves lies inside the root, and an error
//! quotes at most a short escaped snippet of the text.
//!
//! Run: `cargo fuzz run config` (see README "Fuzzing").
#![no_main]

#[allow(dead_code)]
#[path = "../../crates/cli/src/config.rs"]
mod config;

use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

use keyfence_model::fs::{inside_parts, resolve_inside};
use keyfence_report::policy::{Policy, MAX_IGNORE_GLOBS};
use libfuzzer_sys::fuzz_target;

/// `<tmp>/keyfence-fuzz-config-<pid>/root`, holding `in/`, `in/file`, `link-in` (to
/// `in`), `link-out` (to the folder above the root), `abs-out` (to `/`) and `dangling`;
/// its canonical path.
fn fixture() -> &'static PathBuf {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        let top = std::env::temp_dir().join(format!("keyfence-fuzz-config-{}", std::process::id()));
        let root = top.join("root");
        std::fs::create_dir_all(root.join("in")).unwrap();
        std::fs::write(root.join("in/file"), "x").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::symlink;
            let _ = symlink("in", root.join("link-in"));
            let _ = symlink("..", root.join("link-out"));
            let _ = symlink("/", root.join("abs-out"));
            let _ = symlink("nowhere", root.join("dangling"));
        }
        root.canonicalize().unwrap()
    })
}

/// Resolves a path a config names: inside the root, or an error.
fn check_path(p: &Path) {
    let root = fixture();
    let lexical = inside_parts(p);
    if let Ok(parts) = &lexical {
        assert!(parts
            .iter()
            .all(|n| !n.is_empty() && *n != ".." && *n != "."));
    }
    match resolve_inside(root, p) {
        Ok(resolved) => {
            assert!(lexical.is_ok(), "{p:?} resolved though it climbs out");
            assert!(resolved.starts_with(root), "{p:?} -> {resolved:?}");
            assert!(!resolved.components().any(|c| c == Component::ParentDir));
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}

/// An error about text a file held: short and free of control characters.
fn check_error(message: &str) {
    assert!(
        message.chars().count() <= 1024,
        "{} chars: {message}",
        message.chars().count()
    );
    assert!(
        !message.chars().any(|c| c.is_control() && c != '\n'),
        "{message:?}"
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match config::parse_config(".keyfence.toml", text) {
        Ok(c) => {
            assert!(c.scan.exclude.len() <= config::MAX_EXCLUDES);
            for (_, p) in c.named_files().into_iter().take(64) {
                check_path(p);
            }
        }
        Err(e) => {
            let message = e.to_string();
            assert!(message.starts_with(".keyfence.toml"), "{message}");
            check_error(&message);
        }
    }
    // Each line as a path a config names.
    for line in text.lines().take(16) {
        check_path(Path::new(line));
    }
    let mut policy = Policy::default();
    match policy.add_ignore_text(text, ".keyfenceignore") {
        Ok(()) => {
            let globs = text
                .lines()
                .map(|l| l.split('#').next().unwrap_or("").trim())
                .filter(|l| !l.is_empty() && !l.starts_with("kf1-"))
                .count();
            assert!(globs <= MAX_IGNORE_GLOBS);
        }
        Err(e) => check_error(&e.to_string()),
    }
    if let Err(e) = Policy::default().add_baseline_text(text, "baseline.jsonl") {
        check_error(&e.to_string());
    }
    if let Err(e) = keyfence_rules::RuleSet::new().add_toml("team.toml", text) {
        // Only the parse error is bounded here: a rule's own checks may quote its
        // parsed fields (a pattern's compile error).
        let message = e.to_string();
        if message.starts_with("team.toml: TOML parse error") {
            check_error(&message);
        }
    }
});
