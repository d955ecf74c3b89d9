//! The keyfence rule model.
//!
//! Rules are data: TOML files with an id, a pattern, context keywords, references and
//! examples. This crate parses rule files and checks everything that can be checked
//! without matching (ids, patterns, bounded lengths, references). Whether the examples
//! match is checked by `keyfence-matcher`, which owns the matching semantics.
//!
//! No file is read here: callers hand over the text (the binary embeds `patterns/`).
#![forbid(unsafe_code)]

use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;

pub mod flows;

pub use flows::FlowData;

/// The longest match any rule may produce. Files are scanned in chunks that overlap by
/// this much, so a pattern must not be able to match more bytes than this.
pub const MAX_MATCH_LEN: usize = 8192;

/// A specialised matching routine that a rule may name. The routine must find exactly
/// what the rule's pattern finds; `keyfence rules check` and the test suite verify it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kernel {
    /// `[0-9a-f]{32}\.[A-Za-z0-9]{16}`: the Z.ai `id.secret` API key.
    ZaiApiKey,
    /// `eyJ[A-Za-z0-9_-]{8,500}\.eyJ[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{16,500}`: a
    /// JWT, as the Z.ai SDKs sign them.
    ZaiJwt,
}

impl Kernel {
    pub fn name(self) -> &'static str {
        match self {
            Kernel::ZaiApiKey => "zai-api-key",
            Kernel::ZaiJwt => "zai-jwt",
        }
    }

    fn parse(s: &str) -> Option<Kernel> {
        match s {
            "zai-api-key" => Some(Kernel::ZaiApiKey),
            "zai-jwt" => Some(Kernel::ZaiJwt),
            _ => None,
        }
    }

    /// Every kernel keyfence knows, for error messages.
    pub fn all() -> &'static [Kernel] {
        &[Kernel::ZaiApiKey, Kernel::ZaiJwt]
    }
}

/// A check run on each candidate match after the pattern matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validator {
    /// A JWT whose header says `"sign_type":"SIGN"` and whose payload carries an
    /// `api_key`: the short-lived token the Z.ai SDKs sign from a key.
    ZaiJwt,
}

impl Validator {
    pub fn name(self) -> &'static str {
        match self {
            Validator::ZaiJwt => "zai-jwt",
        }
    }

    fn parse(s: &str) -> Option<Validator> {
        match s {
            "zai-jwt" => Some(Validator::ZaiJwt),
            _ => None,
        }
    }

    pub fn all() -> &'static [Validator] {
        &[Validator::ZaiJwt]
    }
}

/// One rule, parsed and checked.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub name: String,
    pub description: String,
    /// A `regex` crate pattern, matched on bytes. If it has a group named `secret`, that
    /// group is the secret; otherwise the whole match is.
    pub pattern: String,
    pub kernel: Option<Kernel>,
    pub validator: Option<Validator>,
    /// The match must not sit inside a longer run of ASCII letters and digits.
    pub boundary: bool,
    /// Obvious placeholders (one repeated character, `x` runs, sequential filler,
    /// template words) are not reported.
    pub skip_placeholders: bool,
    /// Words that raise a finding's confidence when they are near it. They never decide
    /// whether a match is reported.
    pub keywords: Vec<String>,
    pub references: Vec<String>,
    pub examples: Vec<String>,
    pub negative_examples: Vec<String>,
    /// Where the rule came from: `builtin:zai.toml` or a file path.
    pub origin: String,
}

/// An ordered set of rules with unique ids.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
    flows: FlowData,
}

impl RuleSet {
    pub fn new() -> RuleSet {
        RuleSet::default()
    }

    /// Parses one rule file and adds its rules. `origin` names the file in errors.
    pub fn add_toml(&mut self, origin: &str, text: &str) -> Result<(), Error> {
        let (rules, flows) = parse_file(origin, text)?;
        for rule in rules {
            self.push(rule)?;
        }
        if let Some(flows) = flows {
            self.flows.merge(flows);
        }
        Ok(())
    }

    /// What flows look for (empty when no file has a `[flows]` table).
    pub fn flows(&self) -> &FlowData {
        &self.flows
    }

    /// Drops the flows data: no flow is looked for (`--no-flows`).
    pub fn clear_flows(&mut self) {
        self.flows = FlowData::default();
    }

    /// Adds one rule; its id must be new to the set.
    pub fn push(&mut self, rule: Rule) -> Result<(), Error> {
        if let Some(old) = self.rules.iter().find(|r| r.id == rule.id) {
            return Err(Error::new(
                &rule.origin,
                format!("rule id `{}` is already defined in {}", rule.id, old.origin),
            ));
        }
        self.rules.push(rule);
        Ok(())
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Keeps only the rules whose id `keep` accepts.
    pub fn retain(&mut self, keep: impl FnMut(&Rule) -> bool) {
        self.rules.retain(keep);
    }

    /// `kfr1-` and 16 hex digits of a SHA-256 over what decides findings: each rule's
    /// id, pattern, kernel, validator, switches and keywords, and the flows data (not
    /// names, descriptions, examples or where a rule came from). Two reports with the
    /// same digest were made by the same rules.
    pub fn digest(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        h.update(b"keyfence-rules-v1\0");
        for r in &self.rules {
            let text = format!(
                "{}\0{}\0{:?}\0{:?}\0{}\0{}\0{}\0",
                r.id,
                r.pattern,
                r.kernel.map(Kernel::name),
                r.validator.map(Validator::name),
                r.boundary,
                r.skip_placeholders,
                r.keywords.join("\u{1}")
            );
            h.update(text.as_bytes());
        }
        h.update(format!("{:?}", self.flows).as_bytes());
        let digest = h.finalize();
        let mut out = String::from("kfr1-");
        for b in &digest[..8] {
            out.push_str(&format!("{b:02x}"));
        }
        out
    }
}

/// A rule file that cannot be used, with the file (and rule) it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub origin: String,
    pub message: String,
}

impl Error {
    fn new(origin: &str, message: impl Into<String>) -> Error {
        Error {
            origin: origin.to_string(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

impl std::error::Error for Error {}

/// An example is either one string or a list of parts joined without a separator.
/// Parts let a rule file hold key-shaped examples without holding a key-shaped string,
/// so that scanning the rule file itself finds nothing.
#[derive(Deserialize)]
#[serde(untagged)]
enum ExampleText {
    Whole(String),
    Parts(Vec<String>),
}

impl ExampleText {
    fn join(self) -> String {
        match self {
            ExampleText::Whole(s) => s,
            ExampleText::Parts(parts) => parts.concat(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    #[serde(default)]
    rules: Vec<RuleToml>,
    flows: Option<FlowData>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleToml {
    id: String,
    name: String,
    description: String,
    pattern: String,
    kernel: Option<String>,
    validate: Option<String>,
    #[serde(default = "yes")]
    boundary: bool,
    #[serde(default = "yes")]
    skip_placeholders: bool,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    references: Vec<String>,
    #[serde(default)]
    examples: Vec<ExampleText>,
    #[serde(default)]
    negative_examples: Vec<ExampleText>,
}

fn yes() -> bool {
    true
}

/// Parses a rule file and checks each rule on its own (see [`check_rule`]).
pub fn parse_toml(origin: &str, text: &str) -> Result<Vec<Rule>, Error> {
    let (rules, flows) = parse_file(origin, text)?;
    if rules.is_empty() && flows.is_some() {
        return Err(Error::new(
            origin,
            "no [[rules]] in this file (only [flows])",
        ));
    }
    Ok(rules)
}

/// Parses a rule file: its rules, each checked on its own (see [`check_rule`]), and its
/// `[flows]` data, checked too. A file needs one or the other.
pub fn parse_file(origin: &str, text: &str) -> Result<(Vec<Rule>, Option<FlowData>), Error> {
    let file: FileToml =
        toml::from_str(text).map_err(|e| Error::new(origin, toml_error(&e, text)))?;
    let flows = match file.flows {
        Some(mut f) => {
            f.check()
                .map_err(|m| Error::new(origin, format!("[flows]: {m}")))?;
            f.origin = origin.to_string();
            Some(f)
        }
        None => None,
    };
    if file.rules.is_empty() && flows.is_none() {
        return Err(Error::new(origin, "no [[rules]] or [flows] in this file"));
    }
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(file.rules.len());
    for raw in file.rules {
        if !seen.insert(raw.id.clone()) {
            return Err(Error::new(
                origin,
                format!("rule id `{}` appears twice", raw.id),
            ));
        }
        let rule = Rule {
            kernel: match raw.kernel.as_deref() {
                None => None,
                Some(k) => Some(Kernel::parse(k).ok_or_else(|| {
                    let known: Vec<_> = Kernel::all().iter().map(|k| k.name()).collect();
                    Error::new(
                        origin,
                        format!(
                            "rule `{}`: unknown kernel `{k}` (known: {})",
                            raw.id,
                            known.join(", ")
                        ),
                    )
                })?),
            },
            validator: match raw.validate.as_deref() {
                None => None,
                Some(v) => Some(Validator::parse(v).ok_or_else(|| {
                    let known: Vec<_> = Validator::all().iter().map(|v| v.name()).collect();
                    Error::new(
                        origin,
                        format!(
                            "rule `{}`: unknown validator `{v}` (known: {})",
                            raw.id,
                            known.join(", ")
                        ),
                    )
                })?),
            },
            id: raw.id,
            name: raw.name,
            description: raw.description,
            pattern: raw.pattern,
            boundary: raw.boundary,
            skip_placeholders: raw.skip_placeholders,
            keywords: raw.keywords,
            references: raw.references,
            examples: raw.examples.into_iter().map(ExampleText::join).collect(),
            negative_examples: raw
                .negative_examples
                .into_iter()
                .map(ExampleText::join)
                .collect(),
            origin: origin.to_string(),
        };
        check_rule(&rule).map_err(|m| Error::new(origin, format!("rule `{}`: {m}", rule.id)))?;
        out.push(rule);
    }
    Ok((out, flows))
}

fn toml_error(e: &toml::de::Error, text: &str) -> String {
    // toml's own rendering quotes the whole offending line (a file of one long line,
    // such as a process's environment, whole): say where, what, and a short escaped
    // snippet of the place instead.
    let at = e.span().map_or(0, |s| s.start.min(text.len()));
    let before = &text[..floor_char(text, at)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    let rest = &text[line_start..];
    let line_text = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let from = col.saturating_sub(SNIPPET_BEFORE + 1);
    let near = snippet(line_text.chars().skip(from), from > 0, SNIPPET_CHARS);
    format!(
        "TOML parse error at line {line}, column {col}: {}{}",
        snippet(one_line(e.message()).chars(), false, MESSAGE_CHARS),
        if near.is_empty() {
            String::new()
        } else {
            format!(" (near `{near}`)")
        }
    )
}

/// How many characters of a bad line a parse error quotes before the bad place.
const SNIPPET_BEFORE: usize = 16;
/// The most characters of a file a parse error quotes.
pub const SNIPPET_CHARS: usize = 48;
/// The most characters of toml's message (which may quote a key or a value).
const MESSAGE_CHARS: usize = 256;

/// At most `max` characters, every one that is not a letter, a digit, ASCII punctuation
/// or a space shown as an escape (`\u{1b}`), `…` where cut.
fn snippet(chars: impl Iterator<Item = char>, cut_before: bool, max: usize) -> String {
    let mut out = String::new();
    if cut_before {
        out.push('…');
    }
    for (i, c) in chars.enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        if c.is_ascii_graphic() || c == ' ' || (c.is_alphanumeric() && !c.is_ascii()) {
            out.push(c);
        } else {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        }
    }
    out
}

/// toml's message (`invalid array` and `expected …` on two lines) on one line.
fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The largest char boundary at or before `at`.
fn floor_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Checks what can be checked without matching: the id's form, that the pattern
/// compiles as a bytes regex, that it cannot match more than [`MAX_MATCH_LEN`] bytes
/// nor the empty string, that a `secret` group (if any) is the only named one, and that
/// the rule has at least one example.
pub fn check_rule(rule: &Rule) -> Result<(), String> {
    if rule.id.is_empty()
        || !rule
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
    {
        return Err("ids use only a-z, 0-9, `-` and `.`".into());
    }
    if rule.name.trim().is_empty() || rule.description.trim().is_empty() {
        return Err("`name` and `description` must not be empty".into());
    }
    let hir = regex_syntax::ParserBuilder::new()
        .utf8(false)
        .build()
        .parse(&rule.pattern)
        .map_err(|e| format!("pattern does not parse:\n{e}"))?;
    let props = hir.properties();
    match props.maximum_len() {
        None => {
            return Err(format!(
                "pattern can match an unbounded number of bytes; bound every repetition \
                 (at most {MAX_MATCH_LEN} bytes in all)"
            ))
        }
        Some(n) if n > MAX_MATCH_LEN => {
            return Err(format!(
                "pattern can match up to {n} bytes; the limit is {MAX_MATCH_LEN}"
            ))
        }
        Some(_) => {}
    }
    if props.minimum_len().unwrap_or(0) == 0 {
        return Err("pattern can match the empty string".into());
    }
    regex::bytes::Regex::new(&rule.pattern).map_err(|e| format!("pattern: {e}"))?;
    if rule.examples.is_empty() {
        return Err("a rule needs at least one entry in `examples`".into());
    }
    for kw in &rule.keywords {
        if kw.trim().is_empty() {
            return Err("keywords must not be empty".into());
        }
    }
    Ok(())
}

/// A bounded repetition longer than this makes each candidate of the general path
/// long: see [`cost_warnings`].
pub const LONG_REPETITION: u32 = 256;
/// About this many automaton states (bytes a candidate may need to be matched
/// against, times the classes they are matched with) and more make a pattern slow.
const STATE_BUDGET: u64 = 20_000;

/// What makes a rule's pattern costly on hostile input, though it passes
/// [`check_rule`]: `keyfence rules check` prints these as warnings. Rules with a
/// kernel do not run their pattern when scanning and get none.
pub fn cost_warnings(rule: &Rule) -> Vec<String> {
    if rule.kernel.is_some() {
        return Vec::new();
    }
    let Ok(hir) = regex_syntax::ParserBuilder::new()
        .utf8(false)
        .build()
        .parse(&rule.pattern)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let states = states(&hir, &mut out);
    if states > STATE_BUDGET {
        out.push(format!(
            "pattern expands to about {states} automaton states (bounded repetitions of \
             large classes, such as Unicode `\\w{{1,50}}`): matching needs a large cache \
             and each candidate is slow; use ASCII classes (`(?-u:\\w)`, `[A-Za-z0-9_]`) \
             or tighter bounds"
        ));
    }
    out
}

/// About how many automaton states `h` compiles to; notes long repetitions in `out`.
fn states(h: &regex_syntax::hir::Hir, out: &mut Vec<String>) -> u64 {
    use regex_syntax::hir::{Class, HirKind};
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => 0,
        HirKind::Literal(l) => l.0.len() as u64,
        // A Unicode class compiles to UTF-8 sequences: about three states for each
        // range past ASCII.
        HirKind::Class(Class::Unicode(c)) => c
            .ranges()
            .iter()
            .map(|r| if u32::from(r.end()) < 0x80 { 1 } else { 3 })
            .sum::<u64>()
            .max(1),
        HirKind::Class(Class::Bytes(_)) => 1,
        HirKind::Repetition(r) => {
            let sub = states(&r.sub, out);
            let max = r.max.unwrap_or(r.min).max(1);
            if max > LONG_REPETITION {
                out.push(format!(
                    "repetition `{{{},{}}}` lets one candidate run to {max} bytes or more: a \
                     candidate the rule rejects (boundary, placeholder, validator) is \
                     rescanned for overlapping ones, within a budget past which they are \
                     skipped with a `decode-limit` warning; bounds of {LONG_REPETITION} or \
                     less keep every candidate cheap",
                    r.min, max
                ));
            }
            sub.saturating_mul(u64::from(max))
        }
        HirKind::Capture(c) => states(&c.sub, out),
        HirKind::Concat(v) | HirKind::Alternation(v) => v
            .iter()
            .fold(0u64, |acc, h| acc.saturating_add(states(h, out))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[rules]]
id = "demo"
name = "Demo"
description = "A demo rule."
pattern = 'demo-[0-9]{4}'
keywords = ["demo"]
examples = ["x = demo-1234", ["demo", "-5678"]]
negative_examples = ["demo-12"]
"#;

    #[test]
    fn parses_a_rule_and_joins_example_parts() {
        let rules = parse_toml("t.toml", GOOD).unwrap();
        assert_eq!(rules.len(), 1);
        let r = &rules[0];
        assert_eq!(r.id, "demo");
        assert!(r.boundary && r.skip_placeholders);
        assert_eq!(r.examples, vec!["x = demo-1234", "demo-5678"]);
        assert_eq!(r.negative_examples, vec!["demo-12"]);
        assert_eq!(r.origin, "t.toml");
    }

    #[test]
    fn rejects_unknown_fields_with_the_file_name() {
        let text = GOOD.replace("keywords", "keywordz");
        let err = parse_toml("t.toml", &text).unwrap_err();
        assert_eq!(err.origin, "t.toml");
        assert!(err.message.contains("keywordz"), "{err}");
    }

    #[test]
    fn rejects_unbounded_and_empty_patterns() {
        let text = GOOD.replace("'demo-[0-9]{4}'", "'demo-[0-9]+'");
        let err = parse_toml("t.toml", &text).unwrap_err();
        assert!(err.message.contains("unbounded"), "{err}");
        let text = GOOD.replace("'demo-[0-9]{4}'", "'(demo)?'");
        let err = parse_toml("t.toml", &text).unwrap_err();
        assert!(err.message.contains("empty string"), "{err}");
        let text = GOOD.replace("'demo-[0-9]{4}'", "'demo-[0-9]{4'");
        let err = parse_toml("t.toml", &text).unwrap_err();
        assert!(err.message.contains("does not parse"), "{err}");
    }

    #[test]
    fn rejects_bad_ids_kernels_and_validators() {
        let err =
            parse_toml("t.toml", &GOOD.replace("\"demo\"\nname", "\"De mo\"\nname")).unwrap_err();
        assert!(err.message.contains("ids use only"), "{err}");
        let text = GOOD.replace("keywords =", "kernel = \"nope\"\nkeywords =");
        let err = parse_toml("t.toml", &text).unwrap_err();
        assert!(err.message.contains("unknown kernel `nope`"), "{err}");
        let text = GOOD.replace("keywords =", "validate = \"nope\"\nkeywords =");
        let err = parse_toml("t.toml", &text).unwrap_err();
        assert!(err.message.contains("unknown validator `nope`"), "{err}");
    }

    #[test]
    fn rejects_duplicate_ids_across_files() {
        let mut set = RuleSet::new();
        set.add_toml("a.toml", GOOD).unwrap();
        let err = set.add_toml("b.toml", GOOD).unwrap_err();
        assert_eq!(err.origin, "b.toml");
        assert!(err.message.contains("already defined in a.toml"), "{err}");
    }

    #[test]
    fn rejects_rules_without_examples_and_empty_files() {
        let text = GOOD.replace(
            "examples = [\"x = demo-1234\", [\"demo\", \"-5678\"]]\n",
            "",
        );
        let err = parse_toml("t.toml", &text).unwrap_err();
        assert!(err.message.contains("at least one entry"), "{err}");
        let err = parse_toml("t.toml", "").unwrap_err();
        assert!(err.message.contains("no [[rules]] or [flows]"), "{err}");
    }
}
