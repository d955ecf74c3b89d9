//! `keyfence git`: history.

use std::io::{self, Write};

use anyhow::{bail, Result};
use keyfence_matcher::RuleMatcher;
use keyfence_scan::git::{scan_history, GitOptions, Scope};

use crate::args::GitArgs;
use crate::output::Destination;
use crate::project::Project;
use crate::scan_cmd::{exit_status, report_problems};

/// `A..B` (B defaults to HEAD).
fn parse_range(range: &str) -> Result<Scope> {
    match range.split_once("..") {
        Some((base, head)) if !base.is_empty() && !head.starts_with('.') => Ok(Scope::range(
            base,
            if head.is_empty() { "HEAD" } else { head },
        )),
        _ => bail!("--range {range}: expected A..B (commits reachable from B and not from A)"),
    }
}

pub fn run(mut args: GitArgs) -> Result<u8> {
    let project = Project::load(&args.repo, &args.policy, &args.output.filter)?;
    let rules = project.rules(&args.rules)?;
    let matcher = RuleMatcher::new(&rules)?;
    args.output.format = project.format(args.output.format);
    let scope = match (&args.range, &args.since_commit) {
        (Some(r), _) => parse_range(r)?,
        (None, Some(a)) => Scope::range(a, "HEAD"),
        (None, None) => Scope::All,
    };
    let dest = Destination::open(&args.output, &rules)?;
    let opts = GitOptions {
        repo: args.repo,
        scope,
        all_objects: args.all_objects,
        threads: args.workers.count(),
        archives: args.content.archives(),
        decode: !args.content.no_decode,
    };
    let mut outcome = scan_history(&opts, &matcher)?;
    report_problems(&outcome.problems);
    if outcome.partial {
        let _ = writeln!(
            io::stderr(),
            "keyfence: warning: the result is partial: some history could not be read (see above)"
        );
    }
    let (findings, counted) = project.decide(outcome.findings, &mut outcome.stats);
    match dest.write(&findings, &outcome.stats) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    Ok(exit_status(counted, outcome.stats.errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_parse() {
        assert_eq!(parse_range("v1..main").unwrap(), Scope::range("v1", "main"));
        assert_eq!(
            parse_range("abc123..").unwrap(),
            Scope::range("abc123", "HEAD")
        );
        assert!(parse_range("main").is_err());
        assert!(parse_range("..main").is_err());
        assert!(parse_range("a...b").is_err());
    }
}
