//! The keyfence command line.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

mod args;
mod audit_cmd;
mod ci_cmd;
mod git_cmd;
mod hook_cmd;
mod output;
mod rules_cmd;
mod scan_cmd;

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
    let result = match cli.command {
        args::Command::Scan(a) => scan_cmd::run(a),
        args::Command::Git(a) => git_cmd::run(a),
        args::Command::Audit(a) => audit_cmd::run(a),
        args::Command::Hook(a) => hook_cmd::run(a),
        args::Command::Ci(args::CiCommand::Github(a)) => ci_cmd::github(a),
        args::Command::Rules(a) => rules_cmd::run(a),
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
            let _ = writeln!(io::stderr(), "keyfence: error: {err:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
