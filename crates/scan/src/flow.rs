//! Flows in a stream: where the matcher's anchors are, the line around each goes to
//! the detector of `keyfence_exposure::flows`, and each candidate is judged with the
//! project at once (files) or left for the caller (history judges each place with
//! its own commit's model).

use std::collections::HashMap;

use keyfence_exposure::flows::{self, Candidate, Flows, Kind};
use keyfence_matcher::hints::Hint;
use keyfence_matcher::RuleMatcher;
use keyfence_model::{Exposure, Finding, FlowTarget};

use crate::analysis::{allow_marker, lowered_for_examples};
use crate::read::Origin;

/// How far either side of an anchor its line is looked at.
pub const WINDOW: usize = 1024;

/// Other providers' endpoints in a Z.ai URL's block of this many bytes, or in the
/// blocks either side, make it a catalog entry.
const CATALOG_BLOCK: usize = 4 << 10;

/// The most distinct flows (rule and target) judged in one stream; past it they are
/// counted (`keyfence_matcher::work`) and named by a `flow-limit` warning. Judging asks
/// the project model, which may read the file: the limit keeps a crafted file from
/// making that quadratic.
pub const MAX_FLOWS: usize = 1000;

/// What is done with flows in a stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlowMode {
    /// None are looked for (a commit message; `--no-flows` empties the data instead).
    Off,
    /// Each is judged with the origin's project as it is found.
    Judge,
    /// Each candidate becomes a finding as it is, for the caller to judge (history).
    Defer,
}

/// A flow found in a chunk, its line not yet counted.
pub(crate) struct Found {
    /// Absolute offset of the variable or endpoint.
    pub at: u64,
    pub finding: Finding,
    /// A compatible name: kept only if the stream sets a Z.ai base URL.
    pub compatible: bool,
}

/// Per-stream state: the path's kind, read once, and whether a Z.ai base URL was set.
pub(crate) struct Stream<'d> {
    flows: Flows<'d>,
    path: std::cell::OnceCell<Option<String>>,
    kind: Option<Kind>,
    pub zai_base: bool,
    /// Whether the stream is a client that brings its user's own key (looked at the
    /// first time a call to Z.ai is found).
    own_key: Option<bool>,
    /// Whether the file's requests to a URL held in a variable were looked at.
    indirect_done: bool,
    candidates: Vec<Candidate>,
    /// How often each rule and target was found: past [`crate::MAX_PLACES`] a flow is
    /// counted, not made again (a file that repeats one line a million times holds
    /// one flow, not a million findings in memory).
    seen: HashMap<(&'static str, FlowTarget), (u64, Option<Finding>)>,
}

impl<'d> Stream<'d> {
    /// The state for one stream, or `None` when no flow is looked for.
    pub fn new(matcher: &'d RuleMatcher, mode: FlowMode) -> Option<Stream<'d>> {
        if mode == FlowMode::Off {
            return None;
        }
        let (data, _) = matcher.flows()?;
        Some(Stream {
            flows: Flows::new(data),
            path: std::cell::OnceCell::new(),
            kind: None,
            zai_base: false,
            own_key: None,
            indirect_done: false,
            candidates: Vec::new(),
            seen: HashMap::new(),
        })
    }

    /// Whether an env file of the stream's project sets a compatible base URL to a
    /// Z.ai host.
    pub fn env_sets_zai_base(&self, origin: &Origin) -> bool {
        origin
            .project
            .env_files_say(&|line| self.flows.sets_zai_base(line))
    }

    /// Whether the stream is a build configuration, read at its env reads as well as at
    /// the flows' anchors.
    pub fn is_config(&self) -> bool {
        self.kind == Some(Kind::Config)
    }

    /// Whether flows are looked for in this stream: its path's kind says (a source map,
    /// a stylesheet or data has none, and costs no look for anchors).
    pub fn wants(&mut self, origin: &Origin) -> bool {
        if self.kind.is_none() {
            // The name alone mostly says: no path is built for a file with no flow.
            self.kind = Some(flows::kind_by_name(origin.name).unwrap_or_else(|| {
                let path = self.path.get_or_init(|| (origin.path)());
                path.as_deref().map_or(Kind::Other, flows::kind)
            }));
        }
        // Documentation holds no flow (it never ships).
        !matches!(self.kind, Some(Kind::Other | Kind::Docs))
    }

    /// The flows at the anchors `hits` (in order) of `buf` (which starts at absolute
    /// offset `base`) that start in `range`, in order.
    #[allow(clippy::too_many_arguments)]
    pub fn chunk(
        &mut self,
        buf: &[u8],
        base: u64,
        range: std::ops::Range<usize>,
        hits: &[Hint],
        origin: &Origin,
        head: &[u8],
        out: &mut Vec<Found>,
    ) {
        let Some(kind) = self.kind else {
            return;
        };
        let path = self.path.get_or_init(|| (origin.path)()).clone();
        // A build configuration is read at each env read too: a define may hand the
        // bundle a variable whose name does not say Z.ai but whose value is a key.
        let extra: Vec<Hint>;
        let hits = if kind == Kind::Config && origin.flows == FlowMode::Judge {
            let part = &buf[range.clone()];
            let mut all: Vec<Hint> = memchr::memmem::find_iter(part, b"env.")
                .take(MAX_FLOWS)
                .map(|i| Hint {
                    at: range.start + i + 4,
                    kinds: 0,
                })
                .collect();
            all.extend_from_slice(hits);
            all.sort_by_key(|h| h.at);
            extra = all;
            &extra[..]
        } else {
            hits
        };
        let mut covered = 0usize;
        // The other providers' hosts each block of the buffer names, as asked for.
        let mut catalog: HashMap<usize, u64> = HashMap::new();
        // Windows overlap: a candidate that starts before the last one judged was
        // judged with an earlier window.
        let mut done_to = 0usize;
        for h in hits {
            // An anchor well inside the last window was looked at with it.
            if h.at + 64 < covered {
                continue;
            }
            let lo = h.at.saturating_sub(WINDOW);
            let start = memchr::memrchr(b'\n', &buf[lo..h.at]).map_or(lo, |i| lo + i + 1);
            let hi = (h.at + WINDOW).min(buf.len());
            let end = memchr::memchr(b'\n', &buf[h.at..hi]).map_or(hi, |i| h.at + i);
            covered = end;
            let line = &buf[start..end];
            keyfence_matcher::work::count(|w| w.flows += line.len() as u64);
            if self.flows.sets_zai_base(line) {
                self.zai_base = true;
            }
            self.candidates.clear();
            // A window cut from the middle of a long line holds no line start, which
            // env files, documentation and Dockerfiles define at.
            let line_start = if start == 0 {
                base == 0
            } else {
                buf[start - 1] == b'\n'
            };
            if line_start || !matches!(kind, Kind::Env | Kind::Docs | Kind::Docker) {
                self.flows.detect(kind, line, &mut self.candidates);
            }
            let from = done_to;
            for c in std::mem::take(&mut self.candidates) {
                let at = start + c.start;
                if at < range.start || at >= range.end || at < from {
                    continue;
                }
                done_to = done_to.max(at + 1);
                if self.in_catalog(&c, buf, at, &mut catalog) {
                    continue;
                }
                // A call from a client that sends its user's own key (read from
                // storage or an input at run time) ships no key; judged once a stream.
                if flows::is_call(&c) && origin.flows == FlowMode::Judge {
                    let own = *self.own_key.get_or_insert_with(|| {
                        keyfence_matcher::work::count(|w| w.flows += buf.len() as u64);
                        flows::brings_own_key(buf)
                            // The app keeps a key its user typed in, and this file
                            // takes its key from no build variable.
                            || (!flows::build_key_read(buf)
                                && origin.project.stores_users_key())
                    });
                    if own {
                        continue;
                    }
                }
                let offset = base + at as u64;
                let Some(seen) = self.count(&c) else {
                    continue;
                };
                if let Some(f) = self.finding(&c, path.as_deref(), offset, line, head, origin) {
                    // The last one made stands for those counted past the cap.
                    if seen == crate::MAX_PLACES as u64 {
                        if let Some(last) = self.seen.get_mut(&(c.rule, c.target.clone())) {
                            last.1 = Some(f.clone());
                        }
                    }
                    out.push(Found {
                        at: offset,
                        finding: f,
                        compatible: c.compatible,
                    });
                }
            }
        }
        if kind == Kind::Code && base == 0 && !hits.is_empty() && !self.indirect_done {
            self.indirect_done = true;
            self.indirect_call(buf, path.as_deref(), origin, head, out);
        }
        out.sort_by_key(|f| f.at);
    }

    /// A file that names Z.ai (it has anchors) but calls no Z.ai URL of its own, and
    /// sends a request to a URL held in a variable whose module (a relative import)
    /// holds a Z.ai API URL: `fetch(`${API_CONFIG.BASE_URL}/chat/completions`)` with
    /// `API_CONFIG` from `./auth`. The call is in this file; judged as any call.
    fn indirect_call(
        &mut self,
        buf: &[u8],
        path: Option<&str>,
        origin: &Origin,
        head: &[u8],
        out: &mut Vec<Found>,
    ) {
        let ext = path.map_or("", |p| p.rsplit_once('.').map_or("", |(_, e)| e));
        let js = matches!(
            ext,
            "js" | "jsx" | "mjs" | "cjs" | "ts" | "tsx" | "mts" | "vue" | "svelte"
        );
        let app = matches!(ext, "kt" | "java" | "dart" | "swift" | "m" | "ets");
        if origin.flows != FlowMode::Judge
            || out.iter().any(|f| f.finding.rule == "zai-client-call")
            || !(js || app)
        {
            return;
        }
        // The API's own path in a string, its host given elsewhere (Retrofit's
        // `@POST("api/paas/v4/chat/completions")`, a base URL from settings).
        let api_path = flows::api_path_literal(buf);
        let (at, endpoint) = match api_path {
            Some((at, path)) => (at, path),
            None if js => {
                let sites = flows::indirect_requests(buf);
                let Some(&at) = sites.first() else {
                    return;
                };
                let Some(endpoint) = flows::relative_imports(buf).iter().find_map(|spec| {
                    let text = origin.project.read_module(spec)?;
                    self.flows.api_endpoint_in(&text)
                }) else {
                    return;
                };
                (at, endpoint)
            }
            None => return,
        };
        // The line around the call, at most WINDOW either side of it (a minified
        // file's one line is long).
        let (start, end) = flows::line_around(buf, at);
        let (start, end) = (start.max(at.saturating_sub(WINDOW)), end.min(at + WINDOW));
        let line = &buf[start..end];
        let c = Candidate {
            rule: "zai-client-call",
            target: FlowTarget::Endpoint(endpoint),
            start: at - start,
            end: (at - start + 5).min(line.len()).max(at - start),
            need: flows::Need::Client,
            confidence: keyfence_model::Confidence::Medium,
            source: None,
            compatible: false,
        };
        let own = *self.own_key.get_or_insert_with(|| {
            flows::brings_own_key(buf)
                || (!flows::build_key_read(buf) && origin.project.stores_users_key())
        });
        if own || self.count(&c).is_none() {
            return;
        }
        if let Some(f) = self.finding(&c, path, at as u64, line, head, origin) {
            out.push(Found {
                at: at as u64,
                finding: f,
                compatible: false,
            });
        }
    }

    /// Whether a Z.ai URL sits among two or more other providers' endpoints (in its
    /// block of [`CATALOG_BLOCK`] bytes or the blocks either side): a provider catalog,
    /// whose entries are configuration. Each block is looked at once (`blocks`: the
    /// hosts each names).
    fn in_catalog(
        &self,
        c: &Candidate,
        buf: &[u8],
        at: usize,
        blocks: &mut HashMap<usize, u64>,
    ) -> bool {
        if !matches!(&c.target, FlowTarget::Endpoint(e) if e.starts_with("https://")) {
            return false;
        }
        let b = at / CATALOG_BLOCK;
        let hosts = (b.saturating_sub(1)..=b + 1).fold(0u64, |acc, k| {
            acc | *blocks.entry(k).or_insert_with(|| {
                let from = (k * CATALOG_BLOCK).min(buf.len());
                let to = ((k + 1) * CATALOG_BLOCK).min(buf.len());
                self.flows.other_hosts_in(&buf[from..to])
            })
        });
        hosts.count_ones() >= 2
    }

    /// Counts the candidate's rule and target: how many times so far, or `None` when
    /// it was found too often to be made again.
    fn count(&mut self, c: &Candidate) -> Option<u64> {
        let key = (c.rule, c.target.clone());
        if self.seen.len() >= MAX_FLOWS && !self.seen.contains_key(&key) {
            keyfence_matcher::work::count(|w| w.flows_left += 1);
            return None;
        }
        let (n, _) = self.seen.entry(key).or_insert((0, None));
        *n += 1;
        (*n <= crate::MAX_PLACES as u64).then_some(*n)
    }

    /// For each flow found past the cap, a finding that stands for the rest: a copy
    /// of the last one made, whose `places_total` is how many more (see `settle`).
    pub fn counted(&mut self) -> Vec<Finding> {
        self.seen
            .values()
            .filter(|(n, _)| *n > crate::MAX_PLACES as u64)
            .filter_map(|(n, last)| {
                let last = last.as_ref()?;
                Some(Finding {
                    places: Vec::new(),
                    places_total: (n - crate::MAX_PLACES as u64) as usize,
                    ..last.clone()
                })
            })
            .collect()
    }

    /// The finding of a candidate, judged now or left for the caller.
    fn finding(
        &self,
        c: &Candidate,
        path: Option<&str>,
        offset: u64,
        line: &[u8],
        head: &[u8],
        origin: &Origin,
    ) -> Option<Finding> {
        let (rule, exposure, reason, fix) = match origin.flows {
            FlowMode::Off => return None,
            FlowMode::Defer => (c.rule, Exposure::Unknown, String::new(), None),
            FlowMode::Judge => {
                let r = self
                    .flows
                    .resolve(c, path, offset, line, Some(head), origin.project)?;
                (r.rule, Exposure::Client, r.reason, Some(r.fix))
            }
        };
        Some(Finding {
            rule: rule.to_string(),
            path: path.map(str::to_string),
            offset,
            end_column: (c.end - c.start) as u64,
            target: Some(c.target.clone()),
            confidence: lowered_for_examples(path, c.confidence),
            exposure,
            exposure_reason: reason,
            fix,
            suppressed: allow_marker(line, c.start),
            ..Finding::default()
        })
    }
}

/// Re-detects, in the line around `offset` of `data`, the flow a finding of `rule`
/// and `target` made (history finds flows in blobs and judges each place later).
pub fn candidate_at(
    matcher: &RuleMatcher,
    path: &str,
    data: &[u8],
    offset: u64,
    target: &FlowTarget,
) -> Option<(Candidate, std::ops::Range<usize>)> {
    let (flow_data, _) = matcher.flows()?;
    let flows = Flows::new(flow_data);
    let at = (offset as usize).min(data.len());
    let lo = at.saturating_sub(WINDOW);
    let start = memchr::memrchr(b'\n', &data[lo..at]).map_or(lo, |i| lo + i + 1);
    let hi = (at + WINDOW).min(data.len());
    let end = memchr::memchr(b'\n', &data[at..hi]).map_or(hi, |i| at + i);
    let mut found = Vec::new();
    flows.detect(flows::kind(path), &data[start..end], &mut found);
    found
        .into_iter()
        .find(|c| start + c.start == at && &c.target == target)
        .map(|c| (c, start..end))
}

/// Checks the flows' examples of `data` (see `keyfence_exposure::flows`).
pub fn check_examples(data: &keyfence_rules::FlowData) -> Vec<String> {
    Flows::new(data).check_examples()
}

/// Whether a finding is a flow (it has no secret).
pub fn is_flow(f: &Finding) -> bool {
    f.secret.is_none() && f.target.is_some()
}

/// What makes flows of one blob one finding: rule, path, target.
type FlowKey = (String, Option<String>, FlowTarget);

/// Settles the flows one blob gave (`found`): a flow on the line of a key is that
/// key's finding alone (`VITE_ZAI_KEY=<key>` is a key under a public name), and, when
/// `merge`, the flows of one rule and target are one finding, its other lines its
/// places, at the highest confidence any of them has.
pub(crate) fn settle(found: &mut Vec<Finding>, merge: bool) {
    if !found.iter().any(is_flow) {
        return;
    }
    let key_lines: Vec<(Option<&str>, u64)> = found
        .iter()
        .filter(|f| f.secret.is_some())
        .map(|f| (f.path.as_deref(), f.line))
        .collect();
    let keyed: Vec<bool> = found
        .iter()
        .map(|f| is_flow(f) && key_lines.contains(&(f.path.as_deref(), f.line)))
        .collect();
    let mut i = 0;
    found.retain(|_| {
        i += 1;
        !keyed[i - 1]
    });
    if !merge {
        return;
    }
    let mut first: HashMap<FlowKey, usize> = HashMap::new();
    let mut out: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found.drain(..) {
        let Some(target) = f.target.clone().filter(|_| is_flow(&f)) else {
            out.push(f);
            continue;
        };
        let key = (f.rule.clone(), f.path.clone(), target);
        match first.get(&key) {
            Some(&at) => {
                let g = &mut out[at];
                if g.places.is_empty() {
                    g.places.push(g.place());
                    g.places_total = g.places_total.max(1);
                }
                // A finding that stands for more places than its own (the count past
                // the cap) adds them all.
                g.places_total += f.places_total.max(1);
                if g.places.len() < crate::MAX_PLACES {
                    g.places.push(f.place());
                }
                g.confidence = g.confidence.max(f.confidence);
            }
            None => {
                first.insert(key, out.len());
                out.push(f);
            }
        }
    }
    for f in &mut out {
        f.places.truncate(crate::MAX_PLACES);
    }
    *found = out;
}
