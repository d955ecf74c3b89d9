//! `.keyfence.toml`: its structure, its limits and its parser. The module stands
//! alone (serde, toml, clap's value enums, the model), so that the fuzz target
//! `config` can build it as it is.

use std::path::PathBuf;

use anyhow::{anyhow, bail, Result};
use clap::ValueEnum;
use serde::Deserialize;

/// The config file's name, at the repository root.
pub const CONFIG_FILE: &str = ".keyfence.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub scan: ScanConfig,
    #[serde(default)]
    pub rules: RulesConfig,
    #[serde(default)]
    pub output: OutputConfig,
    #[serde(default)]
    pub ignore: IgnoreConfig,
    #[serde(default)]
    pub verify: VerifyConfig,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerifyConfig {
    /// `false` keeps verification off whatever the command line or environment say.
    /// `true` is ignored with a warning: a repository's config never turns the network
    /// on (auditing a stranger's repository must send nothing by surprise).
    pub enabled: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScanConfig {
    /// Gitignore-style globs left out of scans of files on disk.
    #[serde(default)]
    pub exclude: Vec<String>,
    pub respect_gitignore: Option<bool>,
    /// `false` turns flows off (as `--no-flows` does).
    pub flows: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesConfig {
    /// Extra rule files in the `patterns/` format, relative to the config file.
    #[serde(default)]
    pub files: Vec<PathBuf>,
    /// Only these rules (by id); empty means all.
    #[serde(default)]
    pub enable: Vec<String>,
    /// Not these rules (by id).
    #[serde(default)]
    pub disable: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutputConfig {
    pub format: Option<FormatArg>,
    pub min_confidence: Option<ConfidenceArg>,
    #[serde(default)]
    pub exposure: Vec<ExposureArg>,
    pub show_suppressed: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IgnoreConfig {
    /// A baseline every run honours, relative to the config file.
    pub baseline: Option<PathBuf>,
    /// The ignore file, relative to the config file (default `.keyfenceignore`).
    pub file: Option<PathBuf>,
}

/// Parses a config file's text; errors name the file, the line and column, and the
/// key or value at fault.
/// The largest config file read.
pub const CONFIG_LIMIT: u64 = 1 << 20;
/// The most `scan.exclude` globs a config may list (each compiled into the walk's
/// matcher: a hundred thousand take a gigabyte).
pub const MAX_EXCLUDES: usize = 4096;
/// The longest glob.
const MAX_GLOB_LEN: usize = 4096;

pub fn parse_config(shown: &str, text: &str) -> Result<Config> {
    let config = toml_config(shown, text)?;
    let excludes = &config.scan.exclude;
    if excludes.len() > MAX_EXCLUDES {
        bail!(
            "{shown}: scan.exclude lists {} globs, more than the {MAX_EXCLUDES} allowed: \
             use broader ones (`vendor/**`)",
            excludes.len()
        );
    }
    if let Some(long) = excludes.iter().find(|g| g.len() > MAX_GLOB_LEN) {
        bail!(
            "{shown}: scan.exclude: a glob of {} bytes, longer than the {MAX_GLOB_LEN} allowed",
            long.len()
        );
    }
    Ok(config)
}

fn toml_config(shown: &str, text: &str) -> Result<Config> {
    toml::from_str::<Config>(text).map_err(|e| {
        let (line, col) = e
            .span()
            .map(|s| {
                let before = &text[..s.start.min(text.len())];
                let line = before.matches('\n').count() + 1;
                let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
                (line, col)
            })
            .unwrap_or((1, 1));
        // toml's message may quote a key or a value: escaped, and cut short.
        let message: Vec<&str> = e
            .message()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let message = keyfence_model::escape::snippet(&message.join("; "), MESSAGE_CHARS);
        anyhow!("{shown}:{line}:{col}: {message}")
    })
}

/// The most characters of a parse error's message (which may quote the file).
const MESSAGE_CHARS: usize = 256;

impl Config {
    /// The files the config names, each with its key: `rules.files`, `ignore.file` and
    /// `ignore.baseline`. A repository's own config names files inside it only (see
    /// `keyfence_model::fs::resolve_inside`).
    pub fn named_files(&self) -> Vec<(&'static str, &std::path::Path)> {
        let mut out: Vec<(&'static str, &std::path::Path)> = self
            .rules
            .files
            .iter()
            .map(|p| ("rules.files", p.as_path()))
            .collect();
        out.extend(
            self.ignore
                .file
                .iter()
                .map(|p| ("ignore.file", p.as_path())),
        );
        out.extend(
            self.ignore
                .baseline
                .iter()
                .map(|p| ("ignore.baseline", p.as_path())),
        );
        out
    }
}

/// A confidence level, as the command line and `.keyfence.toml` spell it.
#[derive(Clone, Copy, Debug, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConfidenceArg {
    Low,
    Medium,
    High,
}

impl From<ConfidenceArg> for keyfence_model::Confidence {
    fn from(c: ConfidenceArg) -> Self {
        match c {
            ConfidenceArg::Low => Self::Low,
            ConfidenceArg::Medium => Self::Medium,
            ConfidenceArg::High => Self::High,
        }
    }
}

/// An exposure, as the command line and `.keyfence.toml` spell it.
#[derive(Clone, Copy, Debug, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExposureArg {
    Client,
    Server,
    Unknown,
}

impl From<ExposureArg> for keyfence_model::Exposure {
    fn from(e: ExposureArg) -> Self {
        match e {
            ExposureArg::Client => Self::Client,
            ExposureArg::Server => Self::Server,
            ExposureArg::Unknown => Self::Unknown,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FormatArg {
    Human,
    Json,
    Jsonl,
    /// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions annotations, and a job summary in $GITHUB_STEP_SUMMARY.
    Github,
    /// One self-contained HTML page, for `keyfence audit --output report.html`.
    Html,
}
