//! Embeds every rule file in `patterns/` into the binary, and the commit it is built
//! from into `--version` (`KEYFENCE_COMMIT` when set, as a release build from an archive
//! sets it; else `git rev-parse`; else `unknown`).

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("patterns");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("patterns/ exists")
        .map(|e| e.expect("patterns/ is readable").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut out = String::from("/// Built-in rule files: (file name, text).\npub const BUILTIN_RULES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().unwrap().to_string_lossy();
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            f.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").unwrap()).join("builtin_rules.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
    commit();
}

/// Sets `KEYFENCE_COMMIT` for `--version`.
fn commit() {
    println!("cargo:rerun-if-env-changed=KEYFENCE_COMMIT");
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let git = root.join(".git");
    if git.is_dir() {
        // Rebuilt when HEAD moves: the HEAD file, and the branch it names.
        // (Only paths that exist: a missing one would rebuild every time.)
        let mut watch = vec![git.join("HEAD"), git.join("packed-refs")];
        if let Ok(head) = fs::read_to_string(git.join("HEAD")) {
            if let Some(r) = head.trim().strip_prefix("ref: ") {
                watch.push(git.join(r));
            }
        }
        for p in watch.iter().filter(|p| p.exists()) {
            println!("cargo:rerun-if-changed={}", p.display());
        }
    }
    let from_env = env::var("KEYFENCE_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty());
    let commit = from_env.or_else(|| {
        let out = std::process::Command::new("git")
            .args(["rev-parse", "--short=12", "HEAD"])
            .current_dir(&root)
            .output()
            .ok()?;
        let sha = String::from_utf8(out.stdout).ok()?.trim().to_string();
        (out.status.success() && !sha.is_empty()).then_some(sha)
    });
    let commit: String = commit
        .unwrap_or_else(|| "unknown".into())
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(40)
        .collect();
    println!("cargo:rustc-env=KEYFENCE_COMMIT={commit}");
}
