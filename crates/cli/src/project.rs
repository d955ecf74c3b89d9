//! A project's own settings and accepted findings: `.keyfence.toml`, `.keyfenceignore`,
//! the baseline and inline `keyfence:allow` markers. Every mode (scan, git, audit,
//! hooks, CI) loads a [`Project`] and lets it decide the same way.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use keyfence_model::fs::{read_text, read_text_inside};
use keyfence_model::{Confidence, Exposure, Finding, Stats};
use keyfence_report::policy::{
    project_root, Policy, BASELINE_LIMIT, IGNORE_FILE, IGNORE_FILE_LIMIT,
};
use keyfence_rules::flows::{is_flow_rule, FLOW_RULES};
use keyfence_rules::RuleSet;

use crate::args::{FilterArgs, FormatArg, PolicyArgs, RuleSource};
pub use crate::config::{parse_config, Config, CONFIG_FILE, CONFIG_LIMIT};
use crate::rules_cmd;

/// A project: where it is, its config and the suppressions in force.
pub struct Project {
    pub root: PathBuf,
    pub config: Config,
    /// Where the config came from, for messages.
    pub config_path: Option<PathBuf>,
    pub policy: Policy,
    /// Whether the config is the repository's own (the root's `.keyfence.toml`, or
    /// none), not one the user named with `--config`: the files it names resolve
    /// inside the root only.
    pub confined: bool,
    pub show_suppressed: bool,
    pub filter: Filter,
}

/// Which findings a run reports.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub min_confidence: Option<Confidence>,
    pub exposure: Vec<Exposure>,
}

impl Filter {
    pub fn keeps(&self, f: &Finding) -> bool {
        self.min_confidence.is_none_or(|m| f.confidence >= m)
            && (self.exposure.is_empty() || self.exposure.contains(&f.exposure))
    }
}

impl Project {
    /// Loads the project that holds `target`: `--config` or the root's
    /// `.keyfence.toml`, the ignore file, and `--baseline` or the config's baseline.
    ///
    /// The root's own files are the repository's, and a scanned repository may be an
    /// attacker's: its `.keyfence.toml`, its `.keyfenceignore` and the files its config
    /// names resolve inside the root only (no absolute path, no `..` out, no symlink
    /// out). What the user names (`--config`, `--baseline`, and the files a `--config`
    /// names) is read where it is.
    pub fn load(target: &Path, args: &PolicyArgs, filter: &FilterArgs) -> Result<Project> {
        let root = project_root(target);
        let (config_path, config, confined) = match &args.config {
            Some(p) => {
                let text = read_text(p, CONFIG_LIMIT)
                    .with_context(|| format!("cannot read config {}", p.display()))?;
                (
                    Some(p.clone()),
                    parse_config(&p.display().to_string(), &text)?,
                    false,
                )
            }
            None => {
                let path = root.join(CONFIG_FILE);
                // As before: a config that is not there (or a folder of that name) is
                // none; a symlink is judged by where it leads.
                let absent = path.symlink_metadata().map_or(true, |m| m.is_dir());
                if absent {
                    (None, Config::default(), true)
                } else {
                    let (_, text) =
                        read_text_inside(&root, Path::new(CONFIG_FILE), CONFIG_LIMIT)
                            .with_context(|| format!("cannot read config {}", path.display()))?;
                    let config = parse_config(&path.display().to_string(), &text)?;
                    (Some(path), config, true)
                }
            }
        };
        let mut project = Project {
            show_suppressed: args.show_suppressed || config.output.show_suppressed == Some(true),
            filter: Filter::default(),
            root,
            config,
            config_path,
            policy: Policy::default(),
            confined,
        };
        project.filter = project.resolve_filter(filter);
        project.load_policy(args)?;
        Ok(project)
    }

    /// The filters: the command line wins over the config file.
    fn resolve_filter(&self, filter: &FilterArgs) -> Filter {
        let output = &self.config.output;
        let min_confidence = filter
            .min_confidence
            .or(output.min_confidence)
            .map(Confidence::from);
        let exposure = if filter.exposure.is_empty() {
            &output.exposure
        } else {
            &filter.exposure
        };
        Filter {
            min_confidence,
            exposure: exposure.iter().copied().map(Exposure::from).collect(),
        }
    }

    /// The ignore file and the baseline. `confined`: the config is the repository's,
    /// so the files it names resolve inside the root.
    fn load_policy(&mut self, args: &PolicyArgs) -> Result<()> {
        let confined = self.confined;
        let mut policy = Policy::default();
        let (file, shown, confined_ignore) = match &self.config.ignore.file {
            Some(f) => (f.clone(), f.display().to_string(), confined),
            // The repository's own ignore file, whoever gave the config.
            None => (PathBuf::from(IGNORE_FILE), IGNORE_FILE.to_string(), true),
        };
        let text = if confined_ignore {
            read_text_inside(&self.root, &file, IGNORE_FILE_LIMIT).map(|(_, t)| t)
        } else {
            read_text(&self.base().join(&file), IGNORE_FILE_LIMIT)
        };
        match text {
            Ok(text) => policy.add_ignore_text(&text, &shown)?,
            Err(e) if e.is_not_found() => {}
            Err(e) if self.config.ignore.file.is_some() => {
                bail!("{}: {e}", self.named("ignore.file", &file))
            }
            Err(e) => bail!("{}: {e}", self.root.join(IGNORE_FILE).display()),
        }
        if let Some(b) = &args.baseline {
            policy.add_baseline(b)?;
        } else if let Some(b) = &self.config.ignore.baseline {
            if confined {
                let (path, text) = read_text_inside(&self.root, b, BASELINE_LIMIT)
                    .map_err(|e| anyhow!("{}: {e}", self.named("ignore.baseline", b)))?;
                policy.add_baseline_text(&text, &path.display().to_string())?;
            } else {
                policy.add_baseline(&self.base().join(b))?;
            }
        }
        self.policy = policy;
        Ok(())
    }

    /// The folder the config's paths are relative to: the config's own.
    fn base(&self) -> PathBuf {
        self.config_path
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| self.root.clone())
    }

    /// A file the config names under `key`, for errors: the config, the key, the path
    /// as written.
    fn named(&self, key: &str, file: &Path) -> String {
        let config = self
            .config_path
            .as_ref()
            .map_or_else(|| CONFIG_FILE.to_string(), |p| p.display().to_string());
        format!("{config}: {key}: `{}`", file.display())
    }

    /// The rules: the command line's, the config's files, then its enable and disable.
    pub fn rules(&self, source: &RuleSource) -> Result<RuleSet> {
        let mut set = rules_cmd::load(source)?;
        let shown = self
            .config_path
            .as_ref()
            .map_or_else(|| CONFIG_FILE.to_string(), |p| p.display().to_string());
        let base = self.base();
        let confined = self.confined;
        for file in &self.config.rules.files {
            let (path, text) = if confined {
                read_text_inside(&self.root, file, rules_cmd::RULE_FILE_LIMIT)
                    .map_err(|e| anyhow!("{}: {e}", self.named("rules.files", file)))?
            } else {
                let path = base.join(file);
                let text = read_text(&path, rules_cmd::RULE_FILE_LIMIT).with_context(|| {
                    format!("{shown}: rules.files: cannot read {}", path.display())
                })?;
                (path, text)
            };
            set.add_toml(&path.display().to_string(), &text)?;
        }
        for (key, ids) in [
            ("rules.enable", &self.config.rules.enable),
            ("rules.disable", &self.config.rules.disable),
        ] {
            for id in ids {
                if set.get(id).is_none() && !is_flow_rule(id) {
                    bail!("{shown}: {key}: no rule has the id `{id}` (see `keyfence rules list`)");
                }
            }
        }
        set.retain(|r| self.rule_on(&r.id));
        let any_flow_on = FLOW_RULES.iter().any(|(id, _, _)| self.rule_on(id));
        if source.no_flows || self.config.scan.flows == Some(false) || !any_flow_on {
            set.clear_flows();
        }
        if set.is_empty() {
            bail!("{shown}: rules.enable and rules.disable leave no rule to run");
        }
        Ok(set)
    }

    /// Whether the config's `rules.enable` and `rules.disable` leave rule `id` on.
    fn rule_on(&self, id: &str) -> bool {
        let (enable, disable) = (&self.config.rules.enable, &self.config.rules.disable);
        (enable.is_empty() || enable.iter().any(|e| e == id)) && !disable.iter().any(|d| d == id)
    }

    /// The output format the config asks for, when the command line does not.
    pub fn format(&self, cli: Option<FormatArg>) -> Option<FormatArg> {
        cli.or(self.config.output.format)
    }

    /// Decides what a run reports: marks suppressed findings with why, applies the
    /// filters, counts what was suppressed in `stats`. Returns the findings to show
    /// (suppressed ones only with --show-suppressed) and how many count (the exit
    /// status's findings).
    pub fn decide(&self, findings: Vec<Finding>, stats: &mut Stats) -> (Vec<Finding>, usize) {
        self.decide_keeping(findings, stats, self.show_suppressed)
    }

    /// [`Project::decide`], keeping the suppressed findings (marked) when `keep`: a
    /// check of a change names each one it accepted (the hooks' output, the CI summary,
    /// SARIF `suppressions`).
    pub fn decide_keeping(
        &self,
        mut findings: Vec<Finding>,
        stats: &mut Stats,
        keep: bool,
    ) -> (Vec<Finding>, usize) {
        // Flow rules are not rules of the matcher: the config turns them off here.
        findings.retain(|f| !is_flow_rule(&f.rule) || self.rule_on(&f.rule));
        self.policy.apply(&mut findings);
        let before = findings.len();
        findings.retain(|f| self.filter.keeps(f));
        stats.filtered = (before - findings.len()) as u64;
        let suppressed = findings.iter().filter(|f| f.suppressed.is_some()).count();
        stats.suppressed = suppressed as u64;
        let counted = findings.len() - suppressed;
        if !keep {
            findings.retain(|f| f.suppressed.is_none());
        }
        (findings, counted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_errors_name_the_file_line_and_key() {
        let err = parse_config(".keyfence.toml", "[scan]\nexclude = [\"a\"]\nexlude = 1\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with(".keyfence.toml:3:1: unknown field `exlude`"),
            "{err}"
        );
        let err = parse_config("c.toml", "[output]\nformat = \"xml\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("c.toml:2:10: unknown variant `xml`"),
            "{err}"
        );
        let err = parse_config("c.toml", "[output]\nmin_confidence = 3\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("c.toml:2:18: "), "{err}");
        let err = parse_config("c.toml", "[colour]\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown field `colour`"), "{err}");
        assert!(parse_config("c.toml", "").is_ok());
    }
}
