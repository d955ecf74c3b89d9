//! `keyfence audit`: files on disk and history, one report.

use std::io::Write;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use keyfence_report::policy::{repository_root, write_baseline};
use keyfence_scan::audit::{audit, AuditOptions};

use crate::args::AuditArgs;
use crate::progress::Bar;
use crate::settings::Settings;

pub fn run(mut args: AuditArgs) -> Result<u8> {
    if args.repos.repos.is_some() {
        return crate::org::run(args);
    }
    // Run from anywhere inside a repository, the audit is of the repository.
    let path = args
        .path
        .take()
        .unwrap_or_else(|| repository_root(Path::new(".")).unwrap_or_else(|| PathBuf::from(".")));
    let (settings, mut dest, content) = Settings::start(&path, &mut args.run)?;
    dest.meta().command = "audit".into();
    dest.meta().target = path
        .canonicalize()
        .unwrap_or_else(|_| path.clone())
        .display()
        .to_string();
    let spinner = Bar::new();
    let audited = audit(
        &AuditOptions {
            excludes: settings.excludes(&args.exclude),
            base: Some(crate::settings::names_from(&path)),
            path,
            git_dir: None,
            all_objects: args.all_objects,
            threads: args.run.workers.count(),
            content,
            max_blob: args.max_blob_size,
        },
        &settings.matcher,
        &spinner,
    );
    spinner.finish();
    let audited = audited?;
    dest.meta().unreachable_scanned = audited.unreachable_scanned;
    dest.meta().history_scanned = Some(audited.history);
    // The one repository, as `keyfence report merge` reads audits.
    let errors = audited.problems.iter().filter(|p| p.is_error()).count() as u64;
    let meta = dest.meta();
    meta.rules_digest = settings.rules.digest();
    meta.repositories = vec![keyfence_model::org::RepoCoverage {
        name: meta.target.clone(),
        history: audited.history,
        commits: audited.stats.commits,
        refs: audited.stats.refs,
        files: audited.stats.files,
        bytes: audited.stats.bytes,
        errors,
        warnings: audited.problems.len() as u64 - errors,
        findings: audited.findings.len() as u64,
        scan_ms: audited.stats.duration_ms,
        ..Default::default()
    }];
    if let Some(path) = &args.write_baseline {
        // Inside the repository, its folder must not be a symlink out of it.
        keyfence_model::fs::parent_stays_inside(&settings.project.root, path)
            .map_err(|e| anyhow::anyhow!("cannot write the baseline {}: {e}", path.display()))?;
        // Everything found now, whatever the filters and suppressions say.
        let n = write_baseline(path, &audited.findings)
            .with_context(|| format!("cannot write the baseline {}", path.display()))?;
        let _ = writeln!(
            crate::console::stderr(),
            "keyfence: wrote {} to the baseline {}; runs with --baseline {} report \
             only new ones",
            keyfence_model::words::count(n as u64, "finding", "findings"),
            path.display(),
            path.display(),
        );
        if let Some(note) = union_merge(&settings.project.root, path)? {
            let _ = writeln!(
                crate::console::stderr(),
                "keyfence: {}",
                keyfence_model::escape::terminal(&note)
            );
        }
    }
    settings.finish(
        dest,
        audited.findings,
        audited.stats,
        &audited.problems,
        Some("some files or history"),
    )
}

/// The largest `.gitattributes` read to add the baseline's line.
const ATTRIBUTES_LIMIT: u64 = 4 << 20;

/// In a git repository, makes sure `.gitattributes` merges the baseline as a union of
/// lines, so two branches that each add entries always merge without a conflict (the
/// file is a sorted set; keyfence reads it in any order and writes it sorted).
fn union_merge(root: &std::path::Path, baseline: &std::path::Path) -> Result<Option<String>> {
    if !root.join(".git").exists() {
        return Ok(None);
    }
    let Ok(abs) = std::fs::canonicalize(baseline) else {
        return Ok(None);
    };
    let Ok(root) = std::fs::canonicalize(root) else {
        return Ok(None);
    };
    let Ok(rel) = abs.strip_prefix(&root) else {
        return Ok(None);
    };
    let rel: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let line = format!("/{} merge=union", rel.join("/"));
    let attributes = root.join(".gitattributes");
    // The repository's file: neither read nor written through a symlink.
    let existing = match keyfence_model::fs::read_text_nofollow(&attributes, ATTRIBUTES_LIMIT) {
        Ok(t) => t,
        Err(e) if e.is_not_found() => String::new(),
        Err(e) => anyhow::bail!("cannot add to {}: {e}", attributes.display()),
    };
    if existing.lines().any(|l| l.trim() == line) {
        return Ok(None);
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&line);
    text.push('\n');
    keyfence_model::fs::write_replace(&attributes, text.as_bytes())
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", attributes.display()))?;
    Ok(Some(format!(
        "added `{line}` to .gitattributes: branches that each add baseline entries merge \
         without conflict"
    )))
}
