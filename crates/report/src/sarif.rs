//! SARIF 2.1.0, as GitHub code scanning accepts it.
//!
//! One run; the driver lists every rule in force; each finding with a path is one
//! result with one location, a stable `partialFingerprints` entry and a
//! `security-severity`. The secret never appears, whatever `--show-secrets` says.
//! Findings in commit messages have no file to point at and are left out (the other
//! outputs list them). GitHub takes at most 25,000 results a run; past that the run
//! says how many were left out.

use std::io::{self, Write};

use keyfence_model::{Confidence, Exposure, Finding, Report, Sink};
use keyfence_rules::flows::FLOW_RULES;
use keyfence_rules::Rule;
use serde_json::{json, Value};

use crate::{fingerprint, redact, SinkOptions};

/// SARIF: the whole document, with every rule in force.
pub struct SarifSink<'w> {
    out: Box<dyn Write + 'w>,
    opts: SinkOptions,
}

impl<'w> SarifSink<'w> {
    pub fn new(out: Box<dyn Write + 'w>, opts: SinkOptions) -> Self {
        SarifSink { out, opts }
    }
}

impl Sink for SarifSink<'_> {
    fn write(&mut self, report: &Report) -> io::Result<()> {
        write_sarif(
            &mut self.out,
            report.findings,
            &self.opts.rules,
            self.opts.flows,
        )
        .map(|_| ())
    }
}

/// GitHub code scanning's limit on results in one run.
pub const MAX_RESULTS: usize = 25_000;

/// Stands where the results go while the rest of the document is printed (no finding
/// can print it: it holds NUL characters).
const RESULTS_HERE: &str = "\u{0}keyfence results\u{0}";

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI: &str = "https://github.com/keyfence/keyfence";

/// How bad a leaked credential is on GitHub's 0–10 scale: a key that bills its owner.
/// A flow ships a key once the variable is set, which a placeholder leaves open.
fn severity(f: &Finding) -> &'static str {
    if f.secret.is_none() {
        return match f.confidence {
            Confidence::High => "9.1",
            Confidence::Medium => "8.2",
            Confidence::Low => "6.5",
        };
    }
    match (f.exposure, f.confidence) {
        (Exposure::Client, _) => "9.8",
        (_, Confidence::Low) => "7.5",
        _ => "9.1",
    }
}

fn rule_entry(rule: &Rule) -> Value {
    let mut help = format!(
        "{}\n\nWhat to do: rotate the key on the Z.ai API keys page first (a key that was \
         committed or shipped is exposed), then remove it from the code and read it on a \
         server from the environment or a secret store; never put it in browser or app code.",
        rule.description.trim()
    );
    let mut markdown = format!(
        "{}\n\n**What to do**\n\n1. Rotate the key on the Z.ai API keys page first: a key \
         that was committed or shipped is exposed.\n2. Remove it from the code; read it on a \
         server from the environment or a secret store, never in browser or app code.\n3. \
         If the repository is public, rewrite its history after rotating.",
        rule.description.trim()
    );
    if !rule.references.is_empty() {
        help.push_str("\n\nReferences: ");
        help.push_str(&rule.references.join(", "));
        markdown.push_str("\n\n**References**\n");
        for r in &rule.references {
            markdown.push_str(&format!("\n- <{r}>"));
        }
    }
    let mut entry = driver_rule(
        &rule.id,
        &rule.name,
        &format!("{} exposed", rule.name),
        rule.description.trim(),
        (help, markdown),
        "credential",
    );
    if let Some(first) = rule.references.first() {
        entry["helpUri"] = json!(first);
    }
    entry
}

/// One entry of the driver's rules: `short` and `description` say what it finds,
/// `help` (text, Markdown) what to do; `tag` joins `security` and `secret`.
fn driver_rule(
    id: &str,
    name: &str,
    short: &str,
    description: &str,
    (help, markdown): (String, String),
    tag: &str,
) -> Value {
    json!({
        "id": id,
        "name": name.replace(|c: char| !c.is_ascii_alphanumeric(), ""),
        "shortDescription": { "text": short },
        "fullDescription": { "text": description },
        "help": { "text": help, "markdown": markdown },
        "defaultConfiguration": { "level": "error" },
        "properties": {
            "tags": ["security", "secret", tag],
            "precision": "high",
            "problem.severity": "error",
            "security-severity": "9.1",
        },
    })
}

/// The driver's entry of a flow rule: what it finds and how to fix it.
fn flow_rule_entry(id: &str, name: &str, description: &str) -> Value {
    let help = format!(
        "{description}\n\nWhat to do: keep the key on a server. Call Z.ai from a server \
         route or function that reads the key from its environment, give the variable no \
         public prefix and no define, and have the client call that route. Rotate any key \
         that a deployed build has already shipped."
    );
    let markdown = format!(
        "{description}\n\n**What to do**\n\n1. Call Z.ai from a server route or function \
         that reads the key from its environment; the client calls that route.\n2. Give the \
         variable no public prefix (VITE_, NEXT_PUBLIC_...) and no build define.\n3. Rotate \
         any key that a deployed build has already shipped."
    );
    let mut entry = driver_rule(id, name, name, description, (help, markdown), "client-side");
    entry["helpUri"] = json!("https://docs.z.ai/legal-agreement/terms-of-use");
    entry
}

/// The message of a flow's result: what it found, why it ships, how to fix it.
fn flow_message(f: &Finding) -> String {
    format!(
        "{} puts a Z.ai key in the client ({} confidence): {}. Fix: {}.",
        crate::flow_target(f).unwrap_or_default(),
        f.confidence.as_str(),
        f.exposure_reason,
        f.fix.as_deref().unwrap_or("keep the key on a server")
    )
}

fn result(f: &Finding, rule_index: Option<usize>) -> Option<Value> {
    let path = f.path.as_deref()?;
    if f.secret.is_none() {
        let mut r = located(f, path, rule_index, flow_message(f));
        r["properties"]["flow"] = json!(true);
        return Some(r);
    }
    let mut message = format!(
        "{} {} ({} confidence; exposure {}: {}).",
        match f.rule.as_str() {
            "zai-api-key" => "A Z.ai API key",
            "zai-sdk-token" => "A Z.ai SDK token",
            _ => "A Z.ai credential",
        },
        redact(f),
        f.confidence.as_str(),
        f.exposure.as_str(),
        f.exposure_reason
    );
    if let Some(c) = f.history.as_ref().and_then(|h| h.commit.as_deref()) {
        message.push_str(&format!(" Introduced in commit {c}."));
    }
    if let Some(repo) = &f.provenance.repository {
        message.insert_str(0, &format!("In repository {repo}: "));
    }
    if let Some(spread) = keyfence_model::org::spread_text(f) {
        message.push_str(&format!(
            " {}{}.",
            &spread[..1].to_uppercase(),
            &spread[1..]
        ));
    }
    message.push_str(" Rotate it on the Z.ai API keys page, then remove it.");
    Some(located(f, path, rule_index, message))
}

/// A result at the finding's place, with its fingerprint, suppression and commit.
fn located(f: &Finding, path: &str, rule_index: Option<usize>, message: String) -> Value {
    let mut r = json!({
        "ruleId": f.rule,
        "level": "error",
        "kind": "fail",
        "message": { "text": message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": artifact(path),
                "region": {
                    "startLine": f.line.max(1),
                    "startColumn": f.column.max(1),
                    "endLine": f.line.max(1),
                    "endColumn": f.end_column.max(f.column + 1),
                },
            },
        }],
        "partialFingerprints": { "keyfence/v1": fingerprint(f) },
        "properties": {
            "security-severity": severity(f),
            "confidence": f.confidence.as_str(),
            "exposure": f.exposure.as_str(),
            "exposure_reason": f.exposure_reason,
        },
    });
    if let Some(i) = rule_index {
        r["ruleIndex"] = json!(i);
    }
    if let Some(why) = &f.suppressed {
        let kind = if why.starts_with("inline") {
            "inSource"
        } else {
            "external"
        };
        r["suppressions"] = json!([{ "kind": kind, "justification": why }]);
    }
    if let Some(c) = f.history.as_ref().and_then(|h| h.commit.as_deref()) {
        r["properties"]["commit"] = json!(c);
    }
    if let Some(v) = &f.verification {
        r["properties"]["verification"] = json!(v.status);
    }
    // Organisation reports: the repository the path is in, and every repository that
    // holds the key.
    if let Some(repo) = &f.provenance.repository {
        r["properties"]["repository"] = json!(repo);
    }
    if f.repositories.len() > 1 {
        let all: Vec<&str> = f
            .repositories
            .iter()
            .filter_map(|m| m.provenance.repository.as_deref())
            .collect();
        r["properties"]["repositories"] = json!(all);
    }
    r
}

/// Where a result is: a repository-relative path under `%SRCROOT%`, or the absolute
/// URL that served it (`keyfence url`).
fn artifact(path: &str) -> Value {
    if crate::is_url(path) {
        // Already a URL (its query and percent escapes stand); only what a source
        // map named after the `!` may need escaping.
        json!({ "uri": escaped(path, b"?%") })
    } else {
        json!({ "uri": uri(path), "uriBaseId": "%SRCROOT%" })
    }
}

/// A repository-relative path as a URI reference: `/`-separated, each segment
/// percent-encoded where RFC 3986 requires it.
fn uri(path: &str) -> String {
    escaped(path, b"")
}

/// `path` with every byte percent-encoded but unreserved and sub-delimiter characters,
/// `/`, `:`, `@` and `keep`.
fn escaped(path: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Writes the SARIF document for `findings`, with `rules` as the driver's rules (and
/// the flow rules when `flows` were looked for). Returns how many results it holds.
pub fn write_sarif(
    out: &mut dyn Write,
    findings: &[Finding],
    rules: &[Rule],
    flows: bool,
) -> io::Result<usize> {
    let flow_rules: &[(&str, &str, &str)] = if flows { FLOW_RULES } else { &[] };
    let index = |id: &str| {
        rules.iter().position(|r| r.id == id).or_else(|| {
            flow_rules
                .iter()
                .position(|(r, _, _)| *r == id)
                .map(|i| rules.len() + i)
        })
    };
    let mut entries: Vec<Value> = rules.iter().map(rule_entry).collect();
    entries.extend(
        flow_rules
            .iter()
            .map(|(id, name, d)| flow_rule_entry(id, name, d)),
    );
    // Results are written one at a time where the document holds them, so memory
    // does not grow with their number.
    let with_path = findings.iter().filter(|f| f.path.is_some()).count();
    let shown = with_path.min(MAX_RESULTS);
    let mut run = json!({
        "tool": {
            "driver": {
                "name": "keyfence",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": INFORMATION_URI,
                "rules": entries,
            },
        },
        "columnKind": "utf16CodeUnits",
        "results": RESULTS_HERE,
    });
    let left_out = findings.len() - shown;
    if left_out > 0 {
        run["properties"] = json!({
            "findingsLeftOut": left_out,
            "findingsInCommitMessages": findings.len() - with_path,
        });
    }
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [run],
    });
    let text = serde_json::to_string_pretty(&doc).map_err(io::Error::other)?;
    let here = serde_json::to_string(RESULTS_HERE).map_err(io::Error::other)?;
    let (head, tail) = text
        .split_once(&here)
        .expect("the placeholder is in the document");
    out.write_all(head.as_bytes())?;
    let results = findings
        .iter()
        .filter_map(|f| result(f, index(&f.rule)))
        .take(MAX_RESULTS);
    let mut item = Vec::new();
    let mut first = true;
    for r in results {
        out.write_all(if first { b"[\n" } else { b",\n" })?;
        first = false;
        item.clear();
        serde_json::to_writer_pretty(&mut item, &r).map_err(io::Error::other)?;
        // Inside `runs[0].results`: four levels in, as the whole document is printed.
        for (i, line) in item.split(|&b| b == b'\n').enumerate() {
            if i > 0 {
                out.write_all(b"\n")?;
            }
            out.write_all(b"        ")?;
            out.write_all(line)?;
        }
    }
    out.write_all(if first { b"[]" } else { b"\n      ]" })?;
    out.write_all(tail.as_bytes())?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(shown)
}
