//! The preamble every subcommand shares, in the manner of ripgrep's `hiargs`: the
//! low-level arguments of a command become one resolved [`Settings`] value (the
//! project's config and suppressions, the rules, the compiled matcher), which builds
//! the destination and finishes the run the same way for every mode.

use std::io::{self, Write};
use std::path::Path;

use anyhow::Result;
use keyfence_matcher::RuleMatcher;
use keyfence_model::{exit_status, Finding, Problem, Stats};
use keyfence_rules::RuleSet;
use keyfence_scan::Content;

use crate::args::{FilterArgs, OutputArgs, PolicyArgs, RuleSource, RunArgs};
use crate::output::Destination;
use crate::project::Project;
use crate::verify_cmd::VerifyPlan;

/// What a command runs with, resolved once.
pub struct Settings {
    pub project: Project,
    pub rules: RuleSet,
    pub matcher: RuleMatcher,
    /// Whether findings are verified with Z.ai before they are reported.
    pub verify: VerifyPlan,
}

impl Settings {
    /// Loads the project that holds `target` (its `.keyfence.toml`, ignore file and
    /// baseline), the rules and the matcher.
    pub fn load(
        target: &Path,
        policy: &PolicyArgs,
        filter: &FilterArgs,
        source: &RuleSource,
    ) -> Result<Settings> {
        let project = Project::load(target, policy, filter)?;
        let rules = project.rules(source)?;
        let matcher = RuleMatcher::new(&rules)?;
        // Commands without verification flags (`ci github`, the hooks) verify only
        // when the environment opts in.
        let verify = VerifyPlan::from_env(&project.config.verify)?;
        Ok(Settings {
            project,
            rules,
            matcher,
            verify,
        })
    }

    /// The preamble of the scanning commands (`scan`, `git`, `audit`): the settings
    /// for `target`, the opened destination, and what to look inside.
    pub fn start(target: &Path, run: &mut RunArgs) -> Result<(Settings, Destination, Content)> {
        let mut settings = Settings::load(target, &run.policy, &run.output.filter, &run.rules)?;
        settings.verify = VerifyPlan::resolve(&run.verify, &settings.project.config.verify)?;
        let dest = settings.output(&mut run.output)?;
        Ok((settings, dest, run.content.content()))
    }

    /// Opens the destination, in the format the command line or else the config asks.
    pub fn output(&self, args: &mut OutputArgs) -> Result<Destination> {
        args.format = self.project.format(args.format);
        Destination::open(args, &self.rules)
    }

    /// The command line's excludes, then the config's.
    pub fn excludes(&self, cli: &[String]) -> Vec<String> {
        let mut all = cli.to_vec();
        all.extend(self.project.config.scan.exclude.iter().cloned());
        all
    }

    /// Names the problems on stderr (then, when some make the result partial and
    /// `partial` names what, says so), applies the suppressions and filters, writes the
    /// report, and returns the exit status.
    pub fn finish(
        &self,
        dest: Destination,
        findings: Vec<Finding>,
        mut stats: Stats,
        problems: &[Problem],
        partial: Option<&str>,
    ) -> Result<u8> {
        report_problems(problems);
        if let (Some(what), true) = (partial, problems.iter().any(Problem::is_partial)) {
            let _ = writeln!(
                crate::console::stderr(),
                "keyfence: warning: the result is partial: {what} could not be read (see above)"
            );
        }
        let (mut findings, counted) = self.project.decide(findings, &mut stats);
        let (counted, unverified) = self.verify.apply(&mut findings, counted)?;
        report_problems(&unverified);
        let problems = &[problems, &unverified].concat();
        match dest.write(&findings, &stats, problems) {
            // A reader that went away (`| head`) is not an error; the status still tells.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
            other => other?,
        }
        Ok(exit_status(counted, problems))
    }
}

/// Where the paths of files on disk are named from: the root of the repository that
/// holds `target`, as history names them, so that a run from a subdirectory, `scan
/// src` and `scan .` name a file alike (and give it one fingerprint); outside a
/// repository, the current directory (paths outside it are named from their root).
pub fn names_from(target: &Path) -> std::path::PathBuf {
    keyfence_report::policy::repository_root(target)
        .unwrap_or_else(|| std::path::PathBuf::from("."))
}

/// Lists what could not be read (or was skipped) on stderr.
pub fn report_problems(problems: &[Problem]) {
    let mut err = crate::console::stderr();
    for p in problems {
        let _ = writeln!(err, "keyfence: {p}");
    }
}
