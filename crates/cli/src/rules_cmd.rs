//! `keyfence rules list` and `keyfence rules check`.

use std::io::Write;
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

/// The flow rules in force: all four when some file gave `[flows]` data.
fn flow_rules(set: &RuleSet) -> &'static [(&'static str, &'static str, &'static str)] {
    if set.flows().is_empty() {
        &[]
    } else {
        keyfence_rules::flows::FLOW_RULES
    }
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
            let mut out = crate::console::stdout_as(if args.json {
                crate::console::Spelling::Json
            } else {
                crate::console::Spelling::Text
            });
            if args.json {
                let flows = flow_rules(&set);
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
                    .chain(flows.iter().map(|(id, name, description)| {
                        json!({
                            "id": id,
                            "name": name,
                            "description": description,
                            "kind": "flow",
                            "origin": set.flows().origin,
                        })
                    }))
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
                for (id, name, _) in flow_rules(&set) {
                    writeln!(out, "{id:<14} {name}  [flow; {}]", set.flows().origin)?;
                }
            }
            Ok(EXIT_CLEAN)
        }
        RulesCommand::Check { files } => {
            let mut failed = false;
            let mut out = crate::console::stdout();
            for path in files {
                let text = read_rule_file(&path)?;
                let name = path.display().to_string();
                let mut set = RuleSet::new();
                if let Err(e) = set.add_toml(&name, &text) {
                    writeln!(out, "FAIL {e}")?;
                    failed = true;
                    continue;
                }
                let mut problems = RuleMatcher::new(&set)
                    .map(|m| m.check_examples())
                    .unwrap_or_else(|e| vec![format!("{name}: {e}")]);
                problems.extend(keyfence_scan::flow::check_examples(set.flows()));
                // Costly patterns are warned about; they do not fail the check.
                for r in set.rules() {
                    for w in keyfence_rules::cost_warnings(r) {
                        writeln!(out, "warn {name}: rule `{}`: {w}", r.id)?;
                    }
                }
                if problems.is_empty() {
                    let flows = set.flows();
                    let examples: usize = set
                        .rules()
                        .iter()
                        .map(|r| r.examples.len() + r.negative_examples.len())
                        .sum::<usize>()
                        + flows.examples.len()
                        + flows.negative_examples.len();
                    let what = match (set.len(), flows.is_empty()) {
                        (n, true) => keyfence_model::words::count(n as u64, "rule", "rules"),
                        (0, false) => "flows".to_string(),
                        (n, false) => format!(
                            "{} and flows",
                            keyfence_model::words::count(n as u64, "rule", "rules")
                        ),
                    };
                    writeln!(out, "ok   {name}: {what}, {examples} examples checked")?;
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
