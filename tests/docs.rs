//! The README says what the code does: tables generated from the code are checked
//! against it. Run with `KEYFENCE_BLESS=1` to rewrite them from the code.

use std::fs;
use std::path::Path;

/// The text between `<!-- NAME: … -->` and `<!-- /NAME -->` in the README must be
/// `want`; with KEYFENCE_BLESS=1 it is rewritten.
fn check_block(name: &str, want: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let text = fs::read_to_string(&path).unwrap();
    let open = format!("<!-- {name}:");
    let close = format!("<!-- /{name} -->");
    let start = text
        .find(&open)
        .unwrap_or_else(|| panic!("README lacks {open}"));
    let start = start + text[start..].find("-->\n").unwrap() + 4;
    let end = text
        .find(&close)
        .unwrap_or_else(|| panic!("README lacks {close}"));
    if std::env::var_os("KEYFENCE_BLESS").is_some() {
        let new = format!("{}{want}{}", &text[..start], &text[end..]);
        fs::write(&path, new).unwrap();
        return;
    }
    assert_eq!(
        &text[start..end],
        want,
        "the README's {name} is not what the code says; run KEYFENCE_BLESS=1 cargo test --test docs"
    );
}

#[test]
fn the_readme_problem_table_is_the_code_s() {
    check_block(
        "problem-table",
        &keyfence_model::problem::problem_table_markdown(),
    );
}

#[test]
fn the_readme_flow_rules_are_the_code_s() {
    let mut want = String::from("| rule | what it finds |\n|---|---|\n");
    for (id, name, _) in keyfence_rules::flows::FLOW_RULES {
        want.push_str(&format!("| `{id}` | {name} |\n"));
    }
    check_block("flow-rules", &want);
}

/// The Python distribution is ours by name: `keyfence-zai` in pyproject.toml, and
/// every install snippet (README, the wheel check, the pre-commit hooks, the Org
/// Dockerfile) names it; a bare `pip install keyfence` would install PyPI's unrelated
/// `keyfence`, which also puts a `keyfence` command on PATH.
#[test]
fn every_install_snippet_names_our_distribution() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |rel: &str| fs::read_to_string(root.join(rel)).unwrap_or_default();
    assert!(read("pyproject.toml").contains("\nname = \"keyfence-zai\"\n"));
    let bare = regex::Regex::new(
        r#"(pip|pipx|uv pip|uv tool) install (-[-\w]+ )*keyfence\b($|[^-_]|[-_][^z])|"keyfence=="#,
    )
    .unwrap();
    for rel in [
        "README.md",
        "scripts/wheel-check.sh",
        ".pre-commit-hooks.yaml",
        "docs/org-audit/Dockerfile",
        ".github/workflows/release.yml",
        ".github/workflows/org-audit.yml",
        "docs/development.md",
    ] {
        let text = read(rel);
        for line in text.lines() {
            assert!(!bare.is_match(line), "{rel}: {line}");
        }
    }
    let readme = read("README.md");
    assert!(readme.contains("pip install keyfence-zai"));
    assert!(
        readme.contains("PyPI's `keyfence` is an unrelated project"),
        "the README says how to tell them apart"
    );
}
