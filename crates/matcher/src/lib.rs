//! The keyfence matching core.
//!
//! [`RuleMatcher`] compiles a [`RuleSet`] once and finds matches in `&[u8]`. It does no
//! I/O and knows nothing of paths: a source hands it bytes, it hands back [`Match`]es.
//!
//! Semantics, shared by every path through the matcher:
//! - a match is what a rule's pattern matches, found at every position (a rejected
//!   candidate does not hide a later one that overlaps it);
//! - with `boundary`, the match must not sit inside a longer run of ASCII letters and
//!   digits; an escape just before it (`\n`, `%22`, `\x22`, `\u0022`) is not part of
//!   such a run;
//! - with `skip_placeholders`, secrets that are obvious filler are dropped
//!   ([`placeholder::is_placeholder`]);
//! - a rule's validator, if any, must accept the match.
//!
//! A rule may name a kernel: a specialised routine that finds exactly what its pattern
//! finds, faster. The test suite checks the two against each other.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use keyfence_rules::{FlowData, Kernel, Rule, RuleSet, Validator};
use regex::bytes::{Regex, RegexBuilder};

/// The lazy DFA's cache, per rule and thread, at most. The regex crate's default (2
/// MiB) is too small for bounded repetitions of Unicode classes
/// (`(?u)\w{1,50}\.\w{1,50}`): its DFA gives up and the search falls back to an NFA
/// simulation a hundred times slower. At 8 MiB those run at DFA speed; the cache grows
/// only as far as a search needs.
const DFA_SIZE_LIMIT: usize = 8 << 20;

pub mod anchors;
pub mod bytes;
pub mod engine;
pub mod hints;
pub mod kernel;
pub mod placeholder;
pub mod validate;
pub mod work;

pub use bytes::{left_boundary_ok, right_boundary_ok};

/// Seeded random haystacks for the tests that check the engines against each other.
#[cfg(test)]
pub(crate) struct TestRng(u64);

#[cfg(test)]
impl TestRng {
    pub(crate) fn new(seed: u64) -> TestRng {
        TestRng(seed)
    }

    /// xorshift64.
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// `pieces` strung together at random, at least one byte and up to about `max`.
    pub(crate) fn haystack(&mut self, pieces: &[&[u8]], max: usize) -> Vec<u8> {
        let len = 1 + self.below(max);
        let mut hay = Vec::new();
        while hay.len() < len {
            hay.extend_from_slice(pieces[self.below(pieces.len())]);
        }
        hay
    }

    /// A range within `0..=len`.
    pub(crate) fn range(&mut self, len: usize) -> Range<usize> {
        let lo = self.below(len + 1);
        lo..lo + self.below(len + 1 - lo)
    }
}

/// One match of one rule.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Match {
    /// Where the whole match starts and ends in the haystack.
    pub start: usize,
    pub end: usize,
    /// Index of the rule in the matcher's rule list ([`RuleMatcher::rules`]).
    pub rule: usize,
    /// The secret: the `secret` group if the pattern has one, else the whole match.
    pub secret_start: usize,
    pub secret_end: usize,
}

impl Match {
    /// Where the secret is in the haystack.
    pub fn secret(&self) -> Range<usize> {
        self.secret_start..self.secret_end
    }
}

/// Anything that finds matches in bytes. The fast core and the plain-regex reference
/// both implement it, so they can be compared.
pub trait Matcher {
    /// Appends to `out` every match that starts inside `range`. Bytes of `haystack`
    /// outside `range` are context: they are seen by boundary checks, and a match that
    /// starts inside `range` may run past its end.
    fn find_in(&self, haystack: &[u8], range: Range<usize>, out: &mut Vec<Match>);

    /// Every match in the whole haystack, in order.
    fn find_all(&self, haystack: &[u8]) -> Vec<Match> {
        let mut out = Vec::new();
        self.find_in(haystack, 0..haystack.len(), &mut out);
        out.sort();
        out
    }
}

/// Errors building a matcher.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("rule `{rule}`: {message}")]
    Rule { rule: String, message: String },
    #[error("keywords: {0}")]
    Keywords(String),
}

struct Compiled {
    rule: Rule,
    regex: Regex,
    /// Index of the `secret` capture group, if the pattern has one.
    secret_group: Option<usize>,
}

/// The compiled rule set.
pub struct RuleMatcher {
    compiled: Vec<Compiled>,
    use_kernels: bool,
    /// All rules' keywords, ASCII case-insensitive.
    keywords: Option<AhoCorasick>,
    /// For each keyword pattern: its text and the rules that listed it.
    keyword_owners: Vec<(String, Vec<usize>)>,
    /// What flows look for, and the anchors of its words; `None` without flows.
    flows: Option<(FlowData, anchors::Anchors)>,
}

impl RuleMatcher {
    /// Compiles every rule, using kernels where a rule names one.
    pub fn new(rules: &RuleSet) -> Result<RuleMatcher, Error> {
        RuleMatcher::build(rules, true)
    }

    /// Compiles every rule to its regex only, ignoring kernels: the reference that the
    /// kernels are checked against.
    pub fn new_regex_only(rules: &RuleSet) -> Result<RuleMatcher, Error> {
        RuleMatcher::build(rules, false)
    }

    fn build(rules: &RuleSet, use_kernels: bool) -> Result<RuleMatcher, Error> {
        let mut compiled = Vec::with_capacity(rules.len());
        let mut keyword_owners: Vec<(String, Vec<usize>)> = Vec::new();
        for (i, rule) in rules.rules().iter().enumerate() {
            let regex = RegexBuilder::new(&rule.pattern)
                .dfa_size_limit(DFA_SIZE_LIMIT)
                .build()
                .map_err(|e| Error::Rule {
                    rule: rule.id.clone(),
                    message: e.to_string(),
                })?;
            let secret_group = regex.capture_names().position(|n| n == Some("secret"));
            for kw in &rule.keywords {
                let kw_lower = kw.to_ascii_lowercase();
                match keyword_owners.iter_mut().find(|(k, _)| *k == kw_lower) {
                    Some((_, owners)) => owners.push(i),
                    None => keyword_owners.push((kw_lower, vec![i])),
                }
            }
            compiled.push(Compiled {
                rule: rule.clone(),
                regex,
                secret_group,
            });
        }
        let keywords = if keyword_owners.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(keyword_owners.iter().map(|(k, _)| k.as_str()))
                    .map_err(|e| Error::Keywords(e.to_string()))?,
            )
        };
        let data = rules.flows();
        let flows = (!data.is_empty()).then(|| {
            let all: Vec<String> = data
                .providers
                .iter()
                .chain(data.compatible.iter().map(|c| &c.token))
                .chain(&data.hosts)
                .chain(&data.sdks)
                .map(|w| w.to_ascii_lowercase())
                .collect();
            // A word that holds another (`zhipuai-sdk` holds `zhipu`) is found through
            // it: the detector reads the whole line around an anchor.
            let words = all.iter().filter(|w| {
                !all.iter()
                    .any(|v| v.len() >= 3 && v.len() < w.len() && w.contains(v.as_str()))
            });
            (
                data.clone(),
                anchors::Anchors::new(words.map(String::as_str)),
            )
        });
        Ok(RuleMatcher {
            compiled,
            use_kernels,
            keywords,
            keyword_owners,
            flows,
        })
    }

    /// What flows look for and the anchors of its words, unless flows are off.
    pub fn flows(&self) -> Option<(&FlowData, &anchors::Anchors)> {
        self.flows.as_ref().map(|(d, a)| (d, a))
    }

    /// The rules, in the order that [`Match::rule`] indexes.
    pub fn rule(&self, index: usize) -> &Rule {
        &self.compiled[index].rule
    }

    pub fn rule_count(&self) -> usize {
        self.compiled.len()
    }

    /// The rule's keywords that occur in `window`, lowercased, each once, in the order
    /// the rule lists them.
    pub fn keywords_in(&self, rule: usize, window: &[u8]) -> Vec<String> {
        let Some(ac) = &self.keywords else {
            return Vec::new();
        };
        let mut hit = vec![false; self.keyword_owners.len()];
        for m in ac.find_overlapping_iter(window) {
            hit[m.pattern().as_usize()] = true;
        }
        let mut out: Vec<String> = Vec::new();
        for kw in &self.compiled[rule].rule.keywords {
            let lower = kw.to_ascii_lowercase();
            let idx = self
                .keyword_owners
                .iter()
                .position(|(k, _)| *k == lower)
                .expect("every keyword is indexed");
            if hit[idx] && !out.contains(&lower) {
                out.push(lower);
            }
        }
        out
    }

    /// Checks a rule's examples and negative examples against this matcher: every
    /// example must produce a match of that rule, no negative example may, and where a
    /// rule names a kernel, the kernel must find exactly what the rule's regex finds in
    /// each of them. Returns one line per failure.
    pub fn check_examples(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for (i, c) in self.compiled.iter().enumerate() {
            if c.rule.kernel.is_some() {
                if c.secret_group.is_some() {
                    problems.push(format!(
                        "{}: rule `{}`: a rule with a kernel cannot have a `secret` group",
                        c.rule.origin, c.rule.id
                    ));
                }
                for ex in c.rule.examples.iter().chain(&c.rule.negative_examples) {
                    let hay = ex.as_bytes();
                    let (mut fast, mut slow) = (Vec::new(), Vec::new());
                    self.find_rule(i, hay, 0..hay.len(), &mut fast);
                    find_regex(c, i, hay, 0..hay.len(), &mut slow);
                    if fast != slow {
                        problems.push(format!(
                            "{}: rule `{}`: kernel `{}` and the pattern disagree on: {}",
                            c.rule.origin,
                            c.rule.id,
                            c.rule.kernel.map_or("", |k| k.name()),
                            describe(ex)
                        ));
                    }
                }
            }
            for ex in &c.rule.examples {
                if !self.find_all(ex.as_bytes()).iter().any(|m| m.rule == i) {
                    problems.push(format!(
                        "{}: rule `{}`: example does not match: {}",
                        c.rule.origin,
                        c.rule.id,
                        describe(ex)
                    ));
                }
            }
            for ex in &c.rule.negative_examples {
                if self.find_all(ex.as_bytes()).iter().any(|m| m.rule == i) {
                    problems.push(format!(
                        "{}: rule `{}`: negative example matches: {}",
                        c.rule.origin,
                        c.rule.id,
                        describe(ex)
                    ));
                }
            }
        }
        problems
    }
}

/// Whether a candidate match of `c` passes the rule's boundary, placeholder and
/// validator checks.
fn accept(c: &Compiled, haystack: &[u8], whole: Range<usize>, secret: &Range<usize>) -> bool {
    if c.rule.boundary
        && !(left_boundary_ok(haystack, whole.start) && right_boundary_ok(haystack, whole.end))
    {
        return false;
    }
    let s = &haystack[secret.clone()];
    if c.rule.skip_placeholders && placeholder::is_placeholder(s) {
        return false;
    }
    match c.rule.validator {
        None => true,
        Some(Validator::ZaiJwt) => validate::zai_jwt_key_id(s).is_some(),
    }
}

/// What rescans after rejected candidates may cost a search of the general path, as
/// a multiple of the bytes searched, plus a floor ([`find_regex`]).
const RESCAN_FACTOR: usize = 4;
const RESCAN_FLOOR: usize = 64 << 10;

/// The general path: the rule's regex, tried again after a rejected candidate one
/// byte past its start, so that a rejected candidate does not hide an overlapping one.
///
/// Those retries rescan what the rejected candidate covered; a pattern that matches
/// long runs (`k[a-z]{16,4000}` on a run of `k`) could make that quadratic. So
/// rescans have a budget, linear in the range: past it, the search goes on after the
/// rejected candidate, and [`work::Work::rule_gave_up`] counts each candidate whose
/// overlaps were not looked for (the scan reports it as a `decode-limit` warning).
fn find_regex(
    c: &Compiled,
    index: usize,
    haystack: &[u8],
    range: Range<usize>,
    out: &mut Vec<Match>,
) {
    let mut pos = range.start;
    let mut caps = c.regex.capture_locations();
    let mut budget = RESCAN_FACTOR * range.len() + RESCAN_FLOOR;
    let (mut searched, mut gave_up) = (0usize, 0u64);
    while pos < range.end {
        let found = match c.secret_group {
            None => c
                .regex
                .find_at(haystack, pos)
                .map(|m| (m.range(), m.range())),
            Some(g) => c.regex.captures_read_at(&mut caps, haystack, pos).map(|m| {
                let secret = caps.get(g).map_or(m.range(), |(s, e)| s..e);
                (m.range(), secret)
            }),
        };
        let Some((whole, secret)) = found else {
            searched += haystack.len() - pos;
            break;
        };
        searched += whole.end - pos;
        if whole.start >= range.end {
            break;
        }
        if accept(c, haystack, whole.clone(), &secret) {
            pos = whole.end.max(whole.start + 1);
            out.push(Match {
                start: whole.start,
                end: whole.end,
                rule: index,
                secret_start: secret.start,
                secret_end: secret.end,
            });
        } else {
            // A rejected candidate must not hide an overlapping one further on, as
            // long as the budget for rescanning it lasts.
            let rescan = whole.end.saturating_sub(whole.start + 1);
            if rescan <= budget {
                budget -= rescan;
                pos = whole.start + 1;
            } else {
                gave_up += 1;
                pos = whole.end.max(whole.start + 1);
            }
        }
    }
    work::count(|w| {
        w.rule += searched as u64;
        if gave_up > 0 {
            w.rule_gave_up += gave_up;
            w.rule_gave_up_index = index + 1;
        }
    });
}

impl RuleMatcher {
    fn uses_kernel(&self, c: &Compiled) -> bool {
        self.use_kernels && c.rule.kernel.is_some() && c.secret_group.is_none()
    }

    /// Turns one kernel rule's candidates into matches, with the same semantics as
    /// [`find_regex`]: each candidate is checked, and an accepted match hides the
    /// candidates that start inside it.
    fn kernel_matches(
        &self,
        i: usize,
        haystack: &[u8],
        hits: &kernel::Candidates,
        out: &mut Vec<Match>,
    ) {
        let c = &self.compiled[i];
        let mut next = 0;
        let mut take = |start: usize, end: usize| {
            if start >= next && accept(c, haystack, start..end, &(start..end)) {
                out.push(Match {
                    start,
                    end,
                    rule: i,
                    secret_start: start,
                    secret_end: end,
                });
                next = end;
            }
        };
        match c.rule.kernel {
            Some(Kernel::ZaiApiKey) => {
                for &s in &hits.keys {
                    take(s, s + kernel::ZAI_KEY_LEN);
                }
            }
            Some(Kernel::ZaiJwt) => {
                for &(s, e) in &hits.jwts {
                    take(s, e);
                }
            }
            None => {}
        }
    }

    /// The matches of one rule whose start lies in `range`.
    fn find_rule(&self, i: usize, haystack: &[u8], range: Range<usize>, out: &mut Vec<Match>) {
        let c = &self.compiled[i];
        if self.uses_kernel(c) {
            let mut hits = kernel::Candidates::default();
            work::count(|w| w.kernel += range.len() as u64);
            kernel::zai_scan(haystack, range, &mut hits);
            self.kernel_matches(i, haystack, &hits, out);
        } else {
            find_regex(c, i, haystack, range, out);
        }
    }
}

impl RuleMatcher {
    /// [`Matcher::find_in`], and in the same pass over the bytes where a kernel rule
    /// makes one, the [`hints`] marks that start in `range.start..hint_end`.
    pub fn find_with_hints(
        &self,
        haystack: &[u8],
        range: Range<usize>,
        hint_end: usize,
        out: &mut Vec<Match>,
        marks: &mut Vec<hints::Hint>,
    ) {
        if !self.find(haystack, range.clone(), out, Some((hint_end, &mut *marks))) {
            let end = hint_end.min(haystack.len());
            hints::find(haystack, range.start.min(end)..end, marks);
        }
    }

    /// The flows' anchors that start in `range`, in a pass of their own.
    pub fn find_anchors(&self, haystack: &[u8], range: Range<usize>, out: &mut Vec<hints::Hint>) {
        if let Some((_, a)) = &self.flows {
            a.find(haystack, range, out);
        }
    }

    /// The matches in `range`; with `marks`, the marks too if the kernel pass can
    /// find them. Returns whether it found the marks.
    fn find(
        &self,
        haystack: &[u8],
        range: Range<usize>,
        out: &mut Vec<Match>,
        mut marks: Option<(usize, &mut Vec<hints::Hint>)>,
    ) -> bool {
        let range = range.start.min(haystack.len())..range.end.min(haystack.len());
        // Every kernel rule shares one pass over the bytes.
        let mut hits: Option<kernel::Candidates> = None;
        let mut marked = false;
        for (i, c) in self.compiled.iter().enumerate() {
            if self.uses_kernel(c) {
                let hits = hits.get_or_insert_with(|| {
                    let mut h = kernel::Candidates::default();
                    work::count(|w| w.kernel += range.len() as u64);
                    match marks.take() {
                        Some((hint_end, m)) => {
                            kernel::zai_scan_hinted(haystack, range.clone(), hint_end, &mut h, m);
                            marked = true;
                        }
                        None => kernel::zai_scan(haystack, range.clone(), &mut h),
                    }
                    h
                });
                self.kernel_matches(i, haystack, hits, out);
            } else {
                find_regex(c, i, haystack, range.clone(), out);
            }
        }
        marked
    }
}

impl Matcher for RuleMatcher {
    fn find_in(&self, haystack: &[u8], range: Range<usize>, out: &mut Vec<Match>) {
        self.find(haystack, range, out, None);
    }
}

/// An example for an error message: printable, and short.
fn describe(s: &str) -> String {
    let mut out: String = s.chars().take(120).flat_map(|c| c.escape_debug()).collect();
    if s.chars().count() > 120 {
        out.push('…');
    }
    format!("\"{out}\"")
}
