//! `keyfence rules list` and `keyfence rules check`.

use std::io::{self, Write};
use std::path::Path;

use anyhow::{bail, Context, Result};
use keyfence_matcher::RuleMatcher;
use keyfence_rules::RuleSet;
use serde_json::json;

use crate::args::{RuleSource, RulesCommand};
use crate::builtin::BUILTIN_RULES;
use crate::{EXIT_CLEAN, EXIT_FINDINGS};

/// The built-in rules, parsed. They are checked by the test suite, so a failure here
/// is a bug in keyfence.
pub fn builtin_rules() -> RuleSet {
    let mut set = RuleSet::new();
    for (name, text) in BUILTIN_RULES {
        set.add_toml(&format!("builtin:{name}"), text)
            .expect("built-in rules are valid");
    }
    set
}

/// The largest rule file read.
pub const RULE_FILE_LIMIT: u64 = 1 << 20;

fn read_rule_file(path: &Path) -> Result<String> {
    keyfence_model::fs::read_text(path, RULE_FILE_LIMIT)
        .with_context(|| format!("cannot read rule file {}", path.display()))
}

/// The rules a command runs with: the built-ins (unless turned off) and the files.
pub fn load(source: &RuleSource) -> Result<RuleSet> {
    let mut set = if source.no_builtin_rules {
        RuleSet::new()
    } else {
        builtin_rules()
    };
    for path in &source.rule_files {
        let text = read_rule_file(path)?;
        set.add_toml(&path.display().to_string(), &text)?;
    }
    if set.is_empty() {
        bail!("no rules: --no-builtin-rules needs at least one --rules FILE");
    }
    Ok(set)
}

pub fn run(cmd: RulesCommand) -> Result<u8> {
    match cmd {
        RulesCommand::List(args) => {
            let set = load(&args.rules)?;
            let mut out = io::stdout().lock();
            if args.json {
                let rules: Vec<_> = set
                    .rules()
                    .iter()
                    .map(|r| {
                        json!({
                            "id": r.id,
                            "name": r.name,
                            "description": r.description,
                            "pattern": r.pattern,
                            "kernel": r.kernel.map(|k| k.name()),
                            "validate": r.validator.map(|v| v.name()),
                            "keywords": r.keywords,
                            "references": r.references,
                            "origin": r.origin,
                        })
                    })
                    .collect();
                serde_json::to_writer_pretty(&mut out, &rules)?;
                writeln!(out)?;
            } else {
                for r in set.rules() {
                    writeln!(out, "{:<14} {}  [{}]", r.id, r.name, r.origin)?;
                    writeln!(out, "{:<14} pattern: {}", "", r.pattern)?;
                    if !r.keywords.is_empty() {
                        writeln!(out, "{:<14} keywords: {}", "", r.keywords.join(", "))?;
                    }
                }
            }
            Ok(EXIT_CLEAN)
        }
        RulesCommand::Check { files } => {
            let mut failed = false;
            let mut out = io::stdout().lock();
            for path in files {
                let text = read_rule_file(&path)?;
                let name = path.display().to_string();
                let mut set = RuleSet::new();
                if let Err(e) = set.add_toml(&name, &text) {
                    writeln!(out, "FAIL {e}")?;
                    failed = true;
                    continue;
                }
                let problems = RuleMatcher::new(&set)
                    .map(|m| m.check_examples())
                    .unwrap_or_else(|e| vec![format!("{name}: {e}")]);
                // Costly patterns are warned about; they do not fail the check.
                for r in set.rules() {
                    for w in keyfence_rules::cost_warnings(r) {
                        writeln!(out, "warn {name}: rule `{}`: {w}", r.id)?;
                    }
                }
                if problems.is_empty() {
                    let examples: usize = set
                        .rules()
                        .iter()
                        .map(|r| r.examples.len() + r.negative_examples.len())
                        .sum();
                    writeln!(
                        out,
                        "ok   {name}: {} rules, {examples} examples checked",
                        set.len()
                    )?;
                } else {
                    failed = true;
                    for p in &problems {
                        writeln!(out, "FAIL {p}")?;
                    }
                }
            }
            Ok(if failed { EXIT_FINDINGS } else { EXIT_CLEAN })
        }
    }
}
