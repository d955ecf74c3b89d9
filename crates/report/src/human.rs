//! The human report: one block per finding, then a summary a person can act on.

use std::fmt::Write as _;
use std::io::{self, Write};

use keyfence_model::escape::terminal;
use keyfence_model::time::rfc3339;
use keyfence_model::{Confidence, Exposure, Finding, Place, Presence, Report, Sink, Stats};

use crate::{
    count, count_client, fingerprint, fix_of, human_bytes, keys_and_flows, other_places,
    place_label, shown_secret, SinkOptions,
};

/// How far a secret spread in history, for people: empty when one commit holds it.
fn carried_by(commits: usize, paths: usize) -> String {
    if commits <= 1 && paths <= 1 {
        return String::new();
    }
    format!(
        "; {} {} it, at {}",
        count(commits as u64, "commit", "commits"),
        if commits == 1 { "carries" } else { "carry" },
        count(paths as u64, "path", "paths")
    )
}

/// Readable at a glance: one block per finding, then a summary.
pub struct HumanSink<'w> {
    out: Box<dyn Write + 'w>,
    opts: SinkOptions,
}

impl<'w> HumanSink<'w> {
    pub fn new(out: Box<dyn Write + 'w>, opts: SinkOptions) -> Self {
        HumanSink { out, opts }
    }
}

impl HumanSink<'_> {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.opts.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

impl Sink for HumanSink<'_> {
    fn write(&mut self, report: &Report) -> io::Result<()> {
        for f in report.findings {
            self.finding(f)?;
        }
        self.finish(report.stats, report.findings)
    }
}

impl HumanSink<'_> {
    fn finding(&mut self, f: &Finding) -> io::Result<()> {
        let where_ = match (&f.path, &f.history) {
            (Some(p), _) => p.as_str(),
            (None, Some(h)) if h.commit.is_some() => "<commit message>",
            (None, Some(_)) => "<unreachable blob>",
            (None, None) => "<no path>",
        };
        // What was scanned names the place and the reason: shown, never obeyed.
        let mut place = format!("{}:{}:{}", terminal(where_), f.line, f.column);
        if let Some(repo) = &f.provenance.repository {
            place = format!("[{}] {place}", terminal(repo));
        }
        let confidence = match f.confidence {
            Confidence::High => self.paint("1;31", "high"),
            Confidence::Medium => self.paint("33", "medium"),
            Confidence::Low => self.paint("2", "low"),
        };
        let exposure = match f.exposure {
            Exposure::Client => self.paint("1;31", "client"),
            other => other.as_str().to_string(),
        };
        let mut evidence = String::new();
        if !f.context.is_empty() {
            let _ = write!(evidence, " (near {})", terminal(&f.context.join(", ")));
        }
        writeln!(
            self.out,
            "{}  {}  {}",
            self.paint("35", &place),
            self.paint("1", &terminal(&f.rule)),
            terminal(&shown_secret(f, self.opts.show_secrets))
        )?;
        writeln!(
            self.out,
            "    confidence {confidence}{evidence}; exposure {exposure}: {}",
            terminal(&f.exposure_reason)
        )?;
        if let Some(v) = &f.verification {
            let text = crate::verification_text(v);
            let text = if v.status == keyfence_model::VerificationStatus::Live {
                self.paint("1;31", &terminal(&text))
            } else {
                terminal(&text).to_string()
            };
            writeln!(self.out, "    verification: {text}")?;
        }
        if let Some(fix) = fix_of(f) {
            writeln!(self.out, "    fix: {}", terminal(&fix))?;
        }
        if let Some(p) = f.presence {
            writeln!(self.out, "    {}", p.describe())?;
        }
        // Served code whose source map says where it came from (not a map's own
        // original source, whose path already says it).
        if let (Some(o), Some(path)) = (&f.provenance.original, &f.path) {
            if !path.ends_with(&format!("!{}", o.path)) {
                writeln!(
                    self.out,
                    "    from {}:{}:{} (source map)",
                    terminal(&o.path),
                    o.line,
                    o.column
                )?;
            }
        }
        self.places(f)?;
        let spread = crate::org::spread(f);
        if !spread.is_empty() {
            let text = keyfence_model::org::spread_text(f).unwrap_or_default();
            writeln!(self.out, "    {}:", self.paint("1", &text))?;
            for (repo, at) in &spread {
                writeln!(self.out, "      {}: {}", terminal(repo), terminal(at))?;
            }
        }
        if let Some(h) = &f.history {
            match &h.commit {
                // A blob or tree a ref names straight: no author, no date.
                Some(c) if h.author.is_none() && h.date.is_none() => writeln!(
                    self.out,
                    "    in object {}, which a ref names (no commit, no author)",
                    &c[..c.len().min(12)],
                )?,
                Some(c) => writeln!(
                    self.out,
                    "    introduced in {} by {} on {}{}",
                    &c[..c.len().min(12)],
                    terminal(h.author.as_deref().unwrap_or("?")),
                    h.date.map_or_else(|| "?".to_string(), rfc3339),
                    carried_by(h.commits, h.paths)
                )?,
                None => writeln!(self.out, "    in an object that no ref reaches")?,
            }
        }
        if let Some(why) = &f.suppressed {
            writeln!(self.out, "    suppressed: {}", terminal(why))?;
        }
        writeln!(self.out, "    fingerprint {}", fingerprint(f))
    }

    fn finish(&mut self, stats: &Stats, findings: &[Finding]) -> io::Result<()> {
        if findings.iter().any(|f| f.suppressed.is_some()) {
            let active: Vec<Finding> = findings
                .iter()
                .filter(|f| f.suppressed.is_none())
                .cloned()
                .collect();
            if !findings.is_empty() {
                writeln!(self.out)?;
            }
            return self.summary(stats, &active);
        }
        if !findings.is_empty() {
            writeln!(self.out)?;
        }
        self.summary(stats, findings)
    }
}

impl HumanSink<'_> {
    /// Every other place the secret lives, so that one round of fixes is enough.
    fn places(&mut self, f: &Finding) -> io::Result<()> {
        let (rest, more) = other_places(f);
        let rest: Vec<&Place> = rest.collect();
        if rest.is_empty() && more == 0 {
            return Ok(());
        }
        writeln!(
            self.out,
            "    also at {}:",
            count((rest.len() + more) as u64, "other place", "other places")
        )?;
        // Places in build caches come last, grouped by cache after the first of each.
        let mut caches: Vec<(&str, usize)> = Vec::new();
        for p in &rest {
            match p.path.as_deref().and_then(crate::build_cache) {
                Some(c) => match caches.iter_mut().find(|(k, _)| *k == c) {
                    Some((_, n)) => *n += 1,
                    None => {
                        caches.push((c, 1));
                        writeln!(self.out, "      {}", place_label(p))?;
                    }
                },
                None => writeln!(self.out, "      {}", place_label(p))?,
            }
        }
        for (cache, n) in caches.iter().filter(|(_, n)| *n > 1) {
            writeln!(
                self.out,
                "      and {} in the build cache {cache} (rebuilt from the places above)",
                count((*n - 1) as u64, "more place", "more places")
            )?;
        }
        if more > 0 {
            writeln!(self.out, "      and {more} more, not listed")?;
        }
        Ok(())
    }

    /// The summary line (or, for audits, the audit summary) of the findings that count.
    fn summary(&mut self, stats: &Stats, findings: &[Finding]) -> io::Result<()> {
        if let Some(line) = crate::live_headline(findings) {
            writeln!(self.out, "{line}")?;
        }
        let n = findings.len();
        if self.opts.meta.organisation {
            self.organisation(findings)?;
        }
        if self.opts.meta.command == "audit" || findings.iter().any(|f| f.presence.is_some()) {
            return self.finish_audit(stats, findings);
        }
        let client = count_client(findings);
        let (keys, flows) = keys_and_flows(findings);
        let mut line = match n {
            0 => "no Z.ai keys found".to_string(),
            n => count(n as u64, "finding", "findings"),
        };
        match (flows, client) {
            (0, 0) => {}
            (0, c) => {
                let _ = write!(line, " ({c} client-side)");
            }
            (f, c) => {
                let _ = write!(
                    line,
                    " ({} and {}, {c} client-side)",
                    count(keys as u64, "key", "keys"),
                    count(f as u64, "flow", "flows")
                );
            }
        }
        let _ = write!(line, " in {}", coverage(stats));
        line.push_str(&also(stats));
        writeln!(self.out, "{line}")?;
        if keys > 0 {
            writeln!(
                self.out,
                "Rotate each key on the Z.ai API keys page first, then remove it from the code. \
                 The Z.ai terms (Section II) say never to disclose a key or put one in client-side \
                 code; the owner pays for its abuse."
            )?;
        }
        if flows > 0 {
            writeln!(self.out, "{}", FLOWS_ADVICE)?;
        }
        self.out.flush()
    }
}

/// What to do about flows, for people.
const FLOWS_ADVICE: &str =
    "Flows put a Z.ai key into what the client receives without writing it in \
     the code: fix each as its fix line says, and rotate any key that a deployed build has \
     already shipped (Section II of the Z.ai terms forbids keys in client-side code).";

/// What was skipped, unreadable or suppressed, each named: `; 2 skipped (1 symbolic
/// link not followed, see --follow; 1 warning named above); 1 suppressed (...)`.
fn also(stats: &Stats) -> String {
    let mut line = String::new();
    if stats.skipped > 0 {
        let links = stats.links.min(stats.skipped);
        let warned = stats.skipped - links;
        let mut what = Vec::new();
        if links > 0 {
            what.push(format!(
                "{} not followed, see --follow",
                count(links, "symbolic link", "symbolic links")
            ));
        }
        if warned > 0 {
            what.push(format!(
                "{} named above",
                count(warned, "warning", "warnings")
            ));
        }
        let _ = write!(line, "; {} skipped ({})", stats.skipped, what.join("; "));
    }
    if stats.errors > 0 {
        let _ = write!(line, "; {} could not be read (named above)", stats.errors);
    }
    if stats.suppressed > 0 {
        let _ = write!(
            line,
            "; {} suppressed (--show-suppressed lists them)",
            stats.suppressed
        );
    }
    if stats.filtered > 0 {
        let _ = write!(
            line,
            "; {} hidden by filters (min_confidence, exposure)",
            stats.filtered
        );
    }
    if stats.excluded > 0 {
        let _ = write!(
            line,
            "; {} left out by exclude globs",
            count(stats.excluded, "file or folder", "files and folders")
        );
    }
    line
}

/// What a run covered, in words: `12 files (3.0 KiB) in 0.02 s`, with commits and
/// refs for history.
fn coverage(stats: &Stats) -> String {
    let mut s = format!(
        "{} ({})",
        if stats.commits > 0 {
            count(stats.files, "file or blob", "files and blobs")
        } else {
            count(stats.files, "file", "files")
        },
        human_bytes(stats.bytes)
    );
    if stats.commits > 0 {
        let _ = write!(s, ", {}", count(stats.commits, "commit", "commits"));
        // A range or a push names its commits, not refs.
        if stats.refs > 0 {
            let _ = write!(s, " from {}", count(stats.refs, "ref", "refs"));
        }
    }
    let _ = write!(s, " in {:.2} s", stats.duration_ms as f64 / 1000.0);
    s
}

impl HumanSink<'_> {
    /// Organisation reports: the headline over every repository, then a line per
    /// repository (those with findings or problems first).
    fn organisation(&mut self, findings: &[Finding]) -> io::Result<()> {
        let head = crate::org::headline(&self.opts.meta, findings).text();
        writeln!(self.out, "{}", self.paint("1", &head))?;
        let rows = crate::org::sorted_rows(&self.opts.meta, findings);
        let quiet = rows.iter().filter(|r| !r.notable()).count();
        for r in rows.iter().filter(|r| r.notable()) {
            writeln!(
                self.out,
                "  {}: {} ({} client-side, {} in the working tree{}); {}",
                terminal(&r.coverage.name),
                count(r.keys as u64, "key", "keys"),
                r.client,
                r.working_tree,
                if r.flows > 0 {
                    format!(", {}", count(r.flows as u64, "flow", "flows"))
                } else {
                    String::new()
                },
                terminal(&r.coverage_text())
            )?;
        }
        if quiet > 0 {
            writeln!(
                self.out,
                "  and {} with nothing found",
                count(quiet as u64, "more repository", "more repositories")
            )?;
        }
        Ok(())
    }

    /// The audit summary: counts a person can act on, then what to do, in order.
    fn finish_audit(&mut self, stats: &Stats, all: &[Finding]) -> io::Result<()> {
        let keys: Vec<Finding> = all.iter().filter(|f| f.secret.is_some()).cloned().collect();
        let flows = all.len() - keys.len();
        let findings = &keys[..];
        let present = |p: Presence| findings.iter().filter(|f| f.presence == Some(p)).count();
        let (tree, history, unreachable) = (
            present(Presence::WorkingTree),
            present(Presence::HistoryOnly),
            present(Presence::UnreachableOnly),
        );
        let client = count_client(findings);
        let unreachable_words = if self.opts.meta.unreachable_scanned {
            format!("{unreachable} only in unreachable objects")
        } else {
            "unreachable objects not scanned (add --all-objects)".to_string()
        };
        let history_words = match self.opts.meta.history_scanned {
            Some(false) => "history not scanned (not in a git repository)".to_string(),
            _ => format!("{history} only in history, {unreachable_words}"),
        };
        if findings.is_empty() && flows == 0 {
            let scope = match self.opts.meta.history_scanned {
                Some(false) => format!("; {history_words}"),
                _ if self.opts.meta.unreachable_scanned => {
                    " (unreachable objects included)".to_string()
                }
                _ => format!("; {unreachable_words}"),
            };
            writeln!(self.out, "no Z.ai keys found{scope}")?;
        } else if !findings.is_empty() {
            writeln!(
                self.out,
                "{}: {tree} still in the working tree, {history_words}; {client} exposed \
                 client-side",
                count(findings.len() as u64, "distinct secret", "distinct secrets"),
            )?;
        }
        if flows > 0 {
            writeln!(
                self.out,
                "{} put a Z.ai key in the client without the key being in the code",
                count(flows as u64, "flow", "flows")
            )?;
        }
        writeln!(self.out, "scanned {}{}", coverage(stats), also(stats))?;
        if findings.is_empty() {
            if flows > 0 {
                writeln!(self.out, "{FLOWS_ADVICE}")?;
            }
            return self.out.flush();
        }
        writeln!(self.out, "What to do, in this order:")?;
        writeln!(
            self.out,
            "  1. Rotate every key above on the Z.ai API keys page: a key that was ever \
             committed or shipped is exposed (terms of use, Section II)."
        )?;
        if tree > 0 {
            writeln!(
                self.out,
                "  2. Remove the keys still in the working tree; call Z.ai from a server, never \
                 from browser or app code."
            )?;
        }
        if history + unreachable > 0 || tree > 0 {
            writeln!(
                self.out,
                "  {}. If the repository is public or shared, rewrite its history (git filter-repo) \
                 after rotating; removing a key from today's files leaves it in every clone.",
                if tree > 0 { 3 } else { 2 }
            )?;
        }
        if flows > 0 {
            writeln!(self.out, "{FLOWS_ADVICE}")?;
        }
        self.out.flush()
    }
}
