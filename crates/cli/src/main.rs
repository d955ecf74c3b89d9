//! The keyfence command line.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

mod args;
mod audit_cmd;
mod base;
mod ci_cmd;
mod config;
mod console;
mod git_cmd;
mod hook_cmd;
mod merge_cmd;
mod org;
mod output;
mod progress;
mod project;
mod receive;
mod rules_cmd;
mod scan_cmd;
mod settings;
mod url_cmd;
mod verify_cmd;

/// The built-in rule files from `patterns/`, embedded at build time.
mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));
}

/// Exit statuses, as DESIGN.md and the README state them.
pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    progress::set_quiet(cli.quiet);
    if let Err(err) = keyfence_model::time::init_clock() {
        let _ = writeln!(
            crate::console::stderr(),
            "keyfence: error: {}",
            keyfence_model::escape::terminal(&err)
        );
        return ExitCode::from(EXIT_ERROR);
    }
    let result = match cli.command {
        args::Command::Scan(a) => scan_cmd::run(a),
        args::Command::Git(a) => git_cmd::run(a),
        args::Command::Audit(a) => audit_cmd::run(a),
        args::Command::Url(a) => url_cmd::run(a),
        args::Command::Report(args::ReportCommand::Merge(a)) => merge_cmd::run(a),
        args::Command::Hook(a) => hook_cmd::run(a),
        args::Command::Ci(args::CiCommand::Github(a)) => ci_cmd::github(a),
        args::Command::Ignore(args::IgnoreCommand::Add {
            fingerprint,
            reason,
            file,
        }) => ignore_add(&fingerprint, &reason, file),
        args::Command::Rules(a) => rules_cmd::run(a),
        args::Command::Verify(a) => verify_cmd::run(a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            // A reader that went away (`keyfence scan | head`) is not an error.
            if err
                .downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            {
                return ExitCode::from(EXIT_CLEAN);
            }
            // Errors may quote paths, refs and what a file held: shown, never obeyed.
            let text = format!("{err:#}");
            let _ = writeln!(
                crate::console::stderr(),
                "keyfence: error: {}",
                keyfence_model::escape::terminal(&text)
            );
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// `keyfence ignore add`: appends the fingerprint, with its reason, to the ignore file.
fn ignore_add(
    fingerprint: &str,
    reason: &str,
    file: Option<std::path::PathBuf>,
) -> anyhow::Result<u8> {
    use keyfence_report::policy::{add_ignore_entry, project_root, IGNORE_FILE};
    if reason.trim().is_empty() {
        anyhow::bail!("--reason must say why the finding is accepted");
    }
    let root = project_root(std::path::Path::new("."));
    let path = file.unwrap_or_else(|| root.join(IGNORE_FILE));
    // Inside the repository, its folder must not be a symlink out of it (the file
    // itself is never followed: see `add_ignore_entry`).
    keyfence_model::fs::parent_stays_inside(&root, &path)
        .map_err(|e| anyhow::anyhow!("cannot add to {}: {e}", path.display()))?;
    add_ignore_entry(&path, fingerprint, reason)?;
    let _ = writeln!(
        crate::console::stdout(),
        "keyfence: {fingerprint} added to {}",
        path.display()
    );
    Ok(EXIT_CLEAN)
}
