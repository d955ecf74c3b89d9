//! `keyfence scan`: files on disk.

use std::io::{self, Write};

use anyhow::Result;
use keyfence_matcher::RuleMatcher;
use keyfence_scan::{scan_paths, Problem, ScanOptions};

use crate::args::ScanArgs;
use crate::output::Destination;
use crate::project::Project;
use crate::{EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};

pub fn run(mut args: ScanArgs) -> Result<u8> {
    // The project is the one that holds the first path (`-`: the current directory).
    let target = match args.paths.first() {
        Some(p) if p.as_os_str() != "-" => p.clone(),
        _ => std::path::PathBuf::from("."),
    };
    let project = Project::load(&target, &args.policy, &args.output.filter)?;
    let rules = project.rules(&args.rules)?;
    let matcher = RuleMatcher::new(&rules)?;
    args.output.format = project.format(args.output.format);
    let dest = Destination::open(&args.output, &rules)?;
    let mut excludes = args.exclude;
    excludes.extend(project.config.scan.exclude.iter().cloned());
    let opts = ScanOptions {
        paths: args.paths,
        respect_gitignore: args.respect_gitignore
            || project.config.scan.respect_gitignore == Some(true),
        follow_links: args.follow,
        excludes,
        threads: args.workers.count(),
        base: dest
            .wants_paths_from_cwd()
            .then(|| std::path::PathBuf::from(".")),
        archives: args.content.archives(),
        decode: !args.content.no_decode,
    };
    let mut outcome = scan_paths(&opts, &matcher)?;
    report_problems(&outcome.problems);
    let (findings, counted) = project.decide(outcome.findings, &mut outcome.stats);
    match dest.write(&findings, &outcome.stats) {
        // A reader that went away (`| head`) is not an error; the status still tells.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    Ok(exit_status(counted, outcome.stats.errors))
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
