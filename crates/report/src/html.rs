//! The audit report as one self-contained HTML page: inline styles, an inline SVG
//! timeline, no script, no font, no request of any kind, and never a full secret.
//! It renders the same findings the JSON output carries.

use std::fmt::Write as _;
use std::io::{self, Write};

use keyfence_model::time::rfc3339;
use keyfence_model::{Exposure, Finding, Presence, Report, Sink, Stats};
use keyfence_rules::Rule;

use crate::{fingerprint, human_bytes, redact, SinkOptions};

/// What a report says about the run besides the findings.
#[derive(Clone, Debug, Default)]
pub struct ReportMeta {
    /// What was audited (the path given).
    pub target: String,
    /// When, seconds since the epoch; `None` is now.
    pub generated: Option<i64>,
    /// What was scanned, in words (`the push to main: 3 commits`); empty: the paths.
    pub scope: String,
    /// Audits: whether objects no ref reaches were scanned.
    pub unreachable_scanned: bool,
    /// The command that made the report (`scan`, `git`, `audit`); empty: unknown.
    pub command: String,
    /// Audits: whether history was scanned (`Some(false)`: not a git repository).
    pub history_scanned: Option<bool>,
    /// A digest of the rules in force ([`keyfence_rules::RuleSet::digest`]).
    pub rules_digest: String,
    /// Audits: each repository and what it covered.
    pub repositories: Vec<keyfence_model::org::RepoCoverage>,
    /// An organisation report (`audit --repos`, `report merge`): findings across
    /// repositories, a table per repository.
    pub organisation: bool,
}

impl ReportMeta {
    /// What the report is, in words: "audit", "scan", "history scan".
    pub fn kind(&self) -> &'static str {
        match self.command.as_str() {
            "scan" => "scan",
            "git" => "history scan",
            "audit" => "audit",
            "url" => "served-site scan",
            _ => "report",
        }
    }
}

/// HTML: the whole page.
pub struct HtmlSink<'w> {
    out: Box<dyn Write + 'w>,
    opts: SinkOptions,
}

impl<'w> HtmlSink<'w> {
    pub fn new(out: Box<dyn Write + 'w>, opts: SinkOptions) -> Self {
        HtmlSink { out, opts }
    }
}

impl Sink for HtmlSink<'_> {
    fn write(&mut self, report: &Report) -> io::Result<()> {
        write_html(
            &mut self.out,
            report.findings,
            report.stats,
            &self.opts.rules,
            &self.opts.meta,
        )
    }
}

/// Escapes text for HTML content and attribute values ([`escape::html`]).
pub fn esc(s: &str) -> String {
    keyfence_model::escape::html(s)
}

/// A day, `YYYY-MM-DD`.
fn day(secs: i64) -> String {
    rfc3339(secs)[..10].to_string()
}

const STYLE: &str = "
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;margin:0;background:#f6f7f9}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px;border-bottom:1px solid #d8dde3;padding-bottom:4px}
h3{font-size:16px;margin:0 0 8px}code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
.sub{color:#57606a;margin:0}.cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}
.card{background:#fff;border:1px solid #d8dde3;border-radius:8px;padding:12px 16px;min-width:150px}
.card b{display:block;font-size:28px}.card.bad b{color:#b42318}.card.warn b{color:#b54708}.card.ok b{color:#067647}
article{background:#fff;border:1px solid #d8dde3;border-left:5px solid #98a2b3;border-radius:8px;padding:14px 18px;margin:12px 0}
article.client{border-left-color:#b42318}article.server{border-left-color:#b54708}
table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;padding:3px 10px 3px 0}
th{color:#57606a;font-weight:600;width:160px}.tag{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600}
.t-client{background:#fee4e2;color:#912018}.t-server{background:#fef0c7;color:#93370d}.t-unknown{background:#eaecf0;color:#344054}
.t-high{background:#fee4e2;color:#912018}.t-medium{background:#fef0c7;color:#93370d}.t-low{background:#eaecf0;color:#344054}
ol.fix{margin:6px 0 0 0;padding-left:20px}ul.places{margin:0;padding-left:18px;max-height:160px;overflow:auto}
.timeline{background:#fff;border:1px solid #d8dde3;border-radius:8px;padding:8px}
dl{display:grid;grid-template-columns:200px 1fr;gap:4px 12px;background:#fff;border:1px solid #d8dde3;border-radius:8px;padding:12px 16px}
dt{color:#57606a}dd{margin:0}.none{background:#ecfdf3;border:1px solid #abefc6;border-radius:8px;padding:14px 18px}
footer{color:#57606a;font-size:13px;margin-top:28px}
";

/// Writes the report.
pub fn write_html(
    out: &mut dyn Write,
    findings: &[Finding],
    stats: &Stats,
    rules: &[Rule],
    meta: &ReportMeta,
) -> io::Result<()> {
    let now = meta.generated.unwrap_or_else(keyfence_model::time::now);
    let active: Vec<&Finding> = findings.iter().filter(|f| f.suppressed.is_none()).collect();
    let mut h = String::new();
    headline(&mut h, &active, meta, now);
    if meta.organisation {
        let _ = writeln!(
            h,
            "<h2>Organisation</h2><p class=\"sub\">{}</p>",
            esc(&crate::org::headline(meta, findings).text())
        );
    }
    if active.is_empty() {
        let _ = writeln!(
            h,
            "<h2>Nothing found</h2><p class=\"none\">No Z.ai API key or SDK token was found in \
             the files or the history covered below.{}</p>",
            {
                let mut more = String::new();
                if stats.suppressed > 0 {
                    more.push_str(&format!(
                        " {} suppressed finding(s) were accepted on purpose (inline markers, \
                         the ignore file or the baseline).",
                        stats.suppressed
                    ));
                }
                if stats.filtered > 0 {
                    more.push_str(&format!(
                        " {} finding(s) were hidden by filters \
                         (min_confidence, exposure).",
                        stats.filtered
                    ));
                }
                more
            }
        );
    } else {
        let (keys, flows): (Vec<&Finding>, Vec<&Finding>) =
            active.iter().partition(|f| f.secret.is_some());
        if !keys.is_empty() {
            actions(&mut h);
            timeline(&mut h, &keys, now);
            let _ = writeln!(h, "<h2>Findings, most urgent first</h2>");
            for f in &keys {
                article(&mut h, f);
            }
        }
        if !flows.is_empty() {
            let _ = writeln!(
                h,
                "<h2>Keys that will ship without being in the code ({})</h2><p class=\"sub\">\
                 Each of these puts a Z.ai key into what every user downloads (a public env \
                 variable, a build define, a client-side call to Z.ai, a CI secret handed to the \
                 front-end build), though no key is written in the repository. Apply each \
                 fix, and rotate any key a deployed build has already shipped.</p>",
                flows.len()
            );
            for f in &flows {
                article(&mut h, f);
            }
        }
    }
    accepted(&mut h, findings);
    if meta.organisation {
        repositories(&mut h, meta, findings);
    }
    coverage(&mut h, stats, rules, meta);
    let _ = writeln!(
        h,
        "<footer>Secrets are shown redacted: their first four characters only. Each finding's \
         fingerprint identifies it in keyfence's other outputs, ignore files and \
         baselines.</footer></main></body></html>"
    );
    out.write_all(h.as_bytes())?;
    out.flush()
}

/// The page's head, title and the cards of the headline.
fn headline(h: &mut String, active: &[&Finding], meta: &ReportMeta, now: i64) {
    let flows = active.iter().filter(|f| f.secret.is_none()).count();
    let keys: Vec<&Finding> = active
        .iter()
        .copied()
        .filter(|f| f.secret.is_some())
        .collect();
    let active = &keys[..];
    let count = |p: Presence| active.iter().filter(|f| f.presence == Some(p)).count();
    let client = active
        .iter()
        .filter(|f| f.exposure == Exposure::Client)
        .count();
    let (tree, history, unreachable) = (
        count(Presence::WorkingTree),
        count(Presence::HistoryOnly),
        count(Presence::UnreachableOnly),
    );
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
         <title>keyfence {}: {} Z.ai key{}{}</title><style>{STYLE}</style></head><body><main>\n",
        meta.kind(),
        active.len(),
        if active.len() == 1 { "" } else { "s" },
        match flows {
            0 => String::new(),
            1 => ", 1 flow".to_string(),
            n => format!(", {n} flows"),
        }
    );
    let _ = write!(
        h,
        "<header><h1>Z.ai API key {}</h1><p class=\"sub\">of <code>{}</code>, generated {} \
         by keyfence {}</p>",
        meta.kind(),
        esc(&meta.target),
        day(now),
        env!("CARGO_PKG_VERSION")
    );
    let live = active
        .iter()
        .filter(|f| {
            f.verification
                .as_ref()
                .is_some_and(|v| v.status == keyfence_model::VerificationStatus::Live)
        })
        .count();
    if let Some(line) = crate::live_line(live) {
        let _ = write!(h, "<p class=\"live\"><b>{}</b></p>", esc(&line));
    }
    let card = |class: &str, n: usize, label: &str| {
        format!("<div class=\"card {class}\"><b>{n}</b>{}</div>", esc(label))
    };
    let sev = |n: usize| if n > 0 { "bad" } else { "ok" };
    let flow_card = if flows > 0 {
        card(
            "bad",
            flows,
            if flows == 1 {
                "flow: a key that ships without being in the code"
            } else {
                "flows: keys that ship without being in the code"
            },
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        h,
        "<div class=\"cards\">{}{flow_card}{}{}{}{}</div></header>",
        card(
            sev(active.len()),
            active.len(),
            if active.len() == 1 {
                "distinct key found"
            } else {
                "distinct keys found"
            }
        ),
        card(sev(client), client, "exposed client-side"),
        card(sev(tree), tree, "still in the working tree"),
        card(
            if history > 0 { "warn" } else { "ok" },
            history,
            "only in history"
        ),
        card(
            if unreachable > 0 { "warn" } else { "ok" },
            unreachable,
            "only in unreachable objects"
        ),
    );
}

/// What to do, in order.
fn actions(h: &mut String) {
    let _ = writeln!(
        h,
        "<h2>What to do, in this order</h2><ol class=\"fix\">\
         <li><b>Rotate every key below</b> on the Z.ai API keys page: a key that was ever \
         committed or shipped is exposed, and its owner pays for every call made with it \
         (Z.ai terms of use, Section II).</li>\
         <li><b>Take keys out of client code</b>: a browser, app or extension must call \
         your server, which holds the key; never give a key a public prefix \
         (<code>NEXT_PUBLIC_</code>, <code>VITE_</code>, ...).</li>\
         <li><b>Remove the keys still in the working tree</b>; read them from the \
         environment or a secret store on the server.</li>\
         <li><b>If the repository is public or shared</b>, rewrite its history after \
         rotating (e.g. <code>git filter-repo --replace-text</code>): deleting a key from \
         today's files leaves it in every clone.</li></ol>"
    );
}

/// The findings accepted on purpose.
fn accepted(h: &mut String, findings: &[Finding]) {
    let suppressed: Vec<&Finding> = findings.iter().filter(|f| f.suppressed.is_some()).collect();
    if !suppressed.is_empty() {
        let _ = write!(
            h,
            "<h2>Accepted on purpose ({})</h2><ul class=\"places\">",
            suppressed.len()
        );
        for f in suppressed {
            let _ = write!(
                h,
                "<li><code>{}</code> at <code>{}</code>: {}</li>",
                esc(&redact(f)),
                esc(f.path.as_deref().unwrap_or("commit message")),
                esc(f.suppressed.as_deref().unwrap_or_default())
            );
        }
        h.push_str("</ul>\n");
    }
}

/// Organisation reports: a row per repository, those with keys first.
fn repositories(h: &mut String, meta: &ReportMeta, findings: &[Finding]) {
    let mut rows = crate::org::rows(meta, findings);
    rows.sort_by_key(|r| {
        (
            std::cmp::Reverse(r.client),
            std::cmp::Reverse(r.keys + r.flows),
        )
    });
    let _ = writeln!(
        h,
        "<h2>Repositories ({})</h2><table class=\"repos\"><tr><th>Repository</th><th>Keys</th>\
         <th>Client-side</th><th>In the working tree</th><th>Flows</th><th>Coverage</th></tr>",
        rows.len()
    );
    for r in rows {
        let _ = writeln!(
            h,
            "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&r.coverage.name),
            r.keys,
            r.client,
            r.working_tree,
            r.flows,
            esc(&r.coverage_text())
        );
    }
    h.push_str("</table>\n");
}

/// What was scanned, with what.
fn coverage(h: &mut String, stats: &Stats, rules: &[Rule], meta: &ReportMeta) {
    let _ = writeln!(
        h,
        "<h2>What was scanned</h2><dl><dt>Path</dt><dd><code>{}</code></dd>\
         <dt>History</dt><dd>{}</dd>\
         <dt>Files and blobs</dt><dd>{} ({})</dd><dt>Duration</dt><dd>{:.2} s</dd>\
         <dt>Could not be read</dt><dd>{}</dd><dt>Accepted or hidden</dt><dd>{} suppressed, {} hidden by filters, {} files or folders excluded</dd>\
         <dt>keyfence</dt><dd>{}</dd><dt>Rules</dt><dd>{}</dd></dl>",
        esc(&meta.target),
        if stats.commits > 0 {
            format!(
                "{} reached from {} (branches, tags, remote-tracking refs, notes, the stash)",
                crate::count(stats.commits, "commit", "commits"),
                crate::count(stats.refs, "ref", "refs")
            )
        } else {
            "not a git repository, or no commits: files only".to_string()
        },
        stats.files,
        human_bytes(stats.bytes),
        stats.duration_ms as f64 / 1000.0,
        if stats.errors > 0 { format!("{} (the report is partial)", stats.errors) } else { "nothing".into() },
        stats.suppressed,
        stats.filtered,
        stats.excluded,
        env!("CARGO_PKG_VERSION"),
        rules
            .iter()
            .map(|r| format!("<code>{}</code> ({})", esc(&r.id), esc(&r.name)))
            .collect::<Vec<_>>()
            .join(", ")
    );
}

fn tag(class: &str, text: &str) -> String {
    format!("<span class=\"tag t-{class}\">{}</span>", esc(text))
}

/// When each key entered the history, and how long it stayed (to its last commit, or
/// to now when it is still in the working tree).
fn timeline(h: &mut String, findings: &[&Finding], now: i64) {
    let spans: Vec<(&Finding, i64, i64, bool)> = findings
        .iter()
        .filter_map(|f| {
            let hist = f.history.as_ref()?;
            let start = hist.date?;
            let still = f.presence == Some(Presence::WorkingTree);
            let end = if still {
                now
            } else {
                hist.last_date.unwrap_or(start)
            };
            Some((*f, start, end.max(start), still))
        })
        .collect();
    if spans.is_empty() {
        return;
    }
    let _ = write!(
        h,
        "<h2>Timeline</h2><p class=\"sub\">When each key entered the history (dot) and how long \
         commits carried it (bar); an arrow means it is still in the working tree.</p>"
    );
    let lo = spans.iter().map(|s| s.1).min().unwrap_or(now);
    let hi = spans
        .iter()
        .map(|s| s.2)
        .max()
        .unwrap_or(now)
        .max(lo + 86_400);
    let (left, width, row) = (230.0, 800.0, 26.0);
    let height = 40.0 + row * spans.len() as f64;
    let x = |t: i64| left + (t - lo) as f64 / (hi - lo) as f64 * (width - 20.0);
    let _ = write!(
        h,
        "<div class=\"timeline\"><svg role=\"img\" \
         aria-label=\"timeline of leaked keys\" viewBox=\"0 0 {w} {height}\" width=\"100%\">\
         <line x1=\"{left}\" y1=\"{ay}\" x2=\"{ax2}\" y2=\"{ay}\" stroke=\"#98a2b3\"/>\
         <text x=\"{left}\" y=\"{ty}\" font-size=\"11\" fill=\"#57606a\">{}</text>\
         <text x=\"{ax2}\" y=\"{ty}\" font-size=\"11\" fill=\"#57606a\" text-anchor=\"end\">{}</text>",
        day(lo),
        day(hi),
        w = left + width,
        ay = height - 22.0,
        ax2 = left + width - 20.0,
        ty = height - 6.0,
    );
    for (i, (f, start, end, still)) in spans.iter().enumerate() {
        let y = 20.0 + row * i as f64;
        let color = match f.exposure {
            Exposure::Client => "#b42318",
            Exposure::Server => "#b54708",
            Exposure::Unknown => "#667085",
        };
        let (x1, x2) = (x(*start), x(*end).max(x(*start) + 2.0));
        let _ = write!(
            h,
            "<text x=\"{tx}\" y=\"{ty}\" font-size=\"12\" font-family=\"monospace\" text-anchor=\"end\">{}</text>\
             <rect x=\"{x1:.1}\" y=\"{ry}\" width=\"{bw:.1}\" height=\"10\" rx=\"3\" fill=\"{color}\" opacity=\"0.35\"/>\
             <circle cx=\"{x1:.1}\" cy=\"{cy}\" r=\"5\" fill=\"{color}\"><title>{}</title></circle>",
            esc(&short_label(f)),
            esc(&format!(
                "{} first committed {}",
                short_label(f),
                f.history
                    .as_ref()
                    .and_then(|h| h.date)
                    .map_or_else(|| "?".to_string(), rfc3339)
            )),
            tx = left - 10.0,
            ty = y + 4.0,
            ry = y - 5.0,
            bw = x2 - x1,
            cy = y,
        );
        if *still {
            let _ = write!(
                h,
                "<path d=\"M{ax:.1} {a1} l8 5 l-8 5 z\" fill=\"{color}\"/>",
                ax = x2,
                a1 = y - 5.0
            );
        }
    }
    h.push_str("</svg></div>\n");
}

/// A key as the timeline labels it: the redacted key's start and its path's file name.
fn short_label(f: &Finding) -> String {
    let r = redact(f);
    let head: String = r.chars().take(8).collect();
    let file = f
        .path
        .as_deref()
        .map_or("commit message", |p| p.rsplit('/').next().unwrap_or(p));
    format!("{head}… {file}")
}

/// One table row.
fn row(h: &mut String, k: &str, v: String) {
    let _ = write!(h, "<tr><th>{k}</th><td>{v}</td></tr>");
}

fn article(h: &mut String, f: &Finding) {
    let exposure = f.exposure.as_str();
    let confidence = f.confidence.as_str();
    let _ = write!(
        h,
        "<article class=\"{exposure}\"><h3><code>{}</code> {} {}</h3><table>",
        esc(&crate::flow_target(f).unwrap_or_else(|| redact(f))),
        tag(exposure, exposure),
        tag(confidence, &format!("{confidence} confidence")),
    );
    row(h, "Rule", format!("<code>{}</code>", esc(&f.rule)));
    if let Some(repo) = &f.provenance.repository {
        row(h, "Repository", format!("<code>{}</code>", esc(repo)));
    }
    let spread = crate::org::spread(f);
    if !spread.is_empty() {
        let list: String = spread
            .iter()
            .map(|(repo, at)| format!("<li><code>{}</code>: {}</li>", esc(repo), esc(at)))
            .collect();
        row(
            h,
            "Repositories",
            format!(
                "{}<ul class=\"places\">{list}</ul>",
                esc(&keyfence_model::org::spread_text(f).unwrap_or_default())
            ),
        );
    }
    row(
        h,
        "Where",
        format!(
            "<code>{}:{}:{}</code>",
            esc(f.path.as_deref().unwrap_or("commit message")),
            f.line,
            f.column
        ),
    );
    row(h, "Why this exposure", esc(&f.exposure_reason));
    if let Some(v) = &f.verification {
        row(h, "Verification", esc(&crate::verification_text(v)));
    }
    if let Some(p) = f.presence {
        row(h, "Now", esc(p.describe()));
    }
    if let Some(hist) = &f.history {
        history_rows(h, hist);
    }
    places_row(h, f);
    fix_row(h, f);
    row(h, "Fingerprint", format!("<code>{}</code>", fingerprint(f)));
    h.push_str("</table></article>\n");
}

/// When the key was first and last committed, and how far it spread.
fn history_rows(h: &mut String, hist: &keyfence_model::History) {
    let Some(c) = &hist.commit else {
        return row(h, "History", "only in an object that no ref reaches".into());
    };
    row(
        h,
        "First committed",
        format!(
            "<code>{}</code> by {} on {}",
            esc(c),
            esc(hist.author.as_deref().unwrap_or("?")),
            hist.date.map_or_else(|| "?".to_string(), rfc3339)
        ),
    );
    if let (Some(lc), Some(ld)) = (&hist.last_commit, hist.last_date) {
        row(
            h,
            "Last committed",
            format!(
                "<code>{}</code> on {}",
                esc(&lc[..lc.len().min(12)]),
                rfc3339(ld)
            ),
        );
    }
    row(
        h,
        "Spread",
        format!(
            "{}, {}",
            crate::count(hist.commits as u64, "commit", "commits"),
            crate::count(hist.paths as u64, "path", "paths")
        ),
    );
}

/// Every place the key lives: on disk, then in history.
fn places_row(h: &mut String, f: &Finding) {
    let places: Vec<String> = f
        .places
        .iter()
        .map(|p| {
            let mut at = format!(
                "{}:{}:{}",
                p.path.as_deref().unwrap_or("commit message"),
                p.line,
                p.column
            );
            if let Some(repo) = &p.repository {
                at = format!("[{repo}] {at}");
            }
            match &p.commit {
                Some(c) => format!("in history: {at} (first in {})", &c[..c.len().min(12)]),
                None => format!("on disk: {at}"),
            }
        })
        .collect();
    if !places.is_empty() {
        let list: String = places
            .iter()
            .map(|p| format!("<li><code>{}</code></li>", esc(p)))
            .collect();
        row(
            h,
            "Every place",
            format!("<ul class=\"places\">{list}</ul>"),
        );
    }
}

/// What to do about this key, in order.
fn fix_row(h: &mut String, f: &Finding) {
    if let (None, Some(flow_fix)) = (&f.secret, &f.fix) {
        let items = format!(
            "<li>{}</li><li>Rotate the key if a deployed build has already shipped it.</li>",
            esc(flow_fix)
        );
        return row(h, "Fix", format!("<ol class=\"fix\">{items}</ol>"));
    }
    let mut fix = vec!["Rotate this key on the Z.ai API keys page first.".to_string()];
    if f.exposure == Exposure::Client {
        fix.push(
            "Move the Z.ai calls behind a server-side endpoint that holds the key; the client \
             calls that endpoint. Never give the key a public prefix."
                .into(),
        );
    }
    match f.presence {
        Some(Presence::WorkingTree) => fix.push(
            "Remove it from the files above and read it from the environment or a secret store \
             on the server."
                .into(),
        ),
        Some(Presence::UnreachableOnly) => fix.push(
            "It is only in objects no ref reaches: `git reflog expire --expire-unreachable=now \
             --all && git gc --prune=now` drops them here; a hosted remote keeps them until it \
             collects garbage."
                .into(),
        ),
        _ => {}
    }
    if f.history.as_ref().is_some_and(|h| h.commit.is_some()) {
        fix.push(
            "Every clone has it in history: if the repository is public or shared, rewrite \
             history after rotating (git filter-repo --replace-text)."
                .into(),
        );
    }
    let items: String = fix.iter().map(|s| format!("<li>{}</li>", esc(s))).collect();
    row(h, "Fix", format!("<ol class=\"fix\">{items}</ol>"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
