//! `keyfence scan`: files on disk.

use std::io::{self, Write};

use anyhow::Result;
use keyfence_matcher::RuleMatcher;
use keyfence_scan::{scan_paths, Problem, ScanOptions};

use crate::args::ScanArgs;
use crate::output::Destination;
use crate::{rules_cmd, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};

pub fn run(args: ScanArgs) -> Result<u8> {
    let rules = rules_cmd::load(&args.rules)?;
    let matcher = RuleMatcher::new(&rules)?;
    let dest = Destination::open(&args.output, &rules)?;
    let opts = ScanOptions {
        paths: args.paths,
        respect_gitignore: args.respect_gitignore,
        follow_links: args.follow,
        excludes: args.exclude,
        threads: args.workers.count(),
        base: dest
            .wants_paths_from_cwd()
            .then(|| std::path::PathBuf::from(".")),
    };
    let outcome = scan_paths(&opts, &matcher)?;
    report_problems(&outcome.problems);
    let findings = args.output.filter.keep(outcome.findings);
    match dest.write(&findings, &outcome.stats) {
        // A reader that went away (`| head`) is not an error; the status still tells.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    Ok(exit_status(findings.len(), outcome.stats.errors))
}

/// Lists what could not be read (or was skipped) on stderr.
pub fn report_problems(problems: &[Problem]) {
    let mut err = io::stderr().lock();
    for p in problems {
        let _ = writeln!(err, "keyfence: {p}");
    }
}

/// Findings win: a leak must fail the check even when some inputs failed too.
pub fn exit_status(findings: usize, errors: u64) -> u8 {
    if findings > 0 {
        EXIT_FINDINGS
    } else if errors > 0 {
        EXIT_ERROR
    } else {
        EXIT_CLEAN
    }
}
