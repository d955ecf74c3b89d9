//! `keyfence git`: history.

use anyhow::{bail, Result};
use keyfence_scan::git::{scan_history, GitOptions, Scope};

use crate::args::GitArgs;
use crate::progress::Bar;
use crate::settings::Settings;

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
    let scope = match (&args.range, &args.since_commit) {
        (Some(r), _) => parse_range(r)?,
        (None, Some(a)) => Scope::range(a, "HEAD"),
        (None, None) => Scope::All,
    };
    // A range is a change: its base's settings, never those it brings.
    let from = match &scope {
        Scope::Commits(set) => {
            let base = set.exclude.first().map(String::as_str);
            let from = crate::base::at(&args.repo, base, set.include.first().map(String::as_str))?;
            from.note("this range");
            Some(from)
        }
        _ => None,
    };
    let project = from
        .as_ref()
        .map_or(args.repo.as_path(), crate::base::BaseSettings::dir);
    let (settings, mut dest, content) = Settings::start(project, &mut args.run)?;
    dest.meta().command = "git".into();
    let opts = GitOptions {
        repo: args.repo,
        scope,
        all_objects: args.all_objects,
        threads: args.run.workers.count(),
        content,
        max_blob: args.max_blob_size,
    };
    let bar = Bar::new();
    let outcome = scan_history(&opts, &settings.matcher, &bar);
    bar.finish();
    let outcome = outcome?;
    settings.finish(
        dest,
        outcome.findings,
        outcome.stats,
        &outcome.problems,
        Some("some history"),
    )
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
