//! `keyfence scan`: files on disk.

use anyhow::Result;
use keyfence_scan::{scan_paths, ScanOptions};

use crate::args::ScanArgs;
use crate::progress::Bar;
use crate::settings::Settings;

pub fn run(mut args: ScanArgs) -> Result<u8> {
    // The project is the one that holds the first path (`-`: the current directory).
    let target = match args.paths.first() {
        Some(p) if p.as_os_str() != "-" => p.clone(),
        _ => std::path::PathBuf::from("."),
    };
    let (settings, mut dest, content) = Settings::start(&target, &mut args.run)?;
    dest.meta().command = "scan".into();
    let opts = ScanOptions {
        excludes: settings.excludes(&args.exclude),
        paths: args.paths,
        respect_gitignore: args.respect_gitignore
            || settings.project.config.scan.respect_gitignore == Some(true),
        follow_links: args.follow,
        threads: args.run.workers.count(),
        base: Some(crate::settings::names_from(&target)),
        content,
    };
    let bar = Bar::new();
    let outcome = scan_paths(&opts, &settings.matcher, &bar);
    bar.finish();
    let outcome = outcome?;
    settings.finish(
        dest,
        outcome.findings,
        outcome.stats,
        &outcome.problems,
        None,
    )
}
