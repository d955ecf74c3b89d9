//! `keyfence url`: what a deployed site serves, fetched the way a browser loads it and
//! scanned with the same per-blob step as files and history.

use std::collections::HashMap;
use std::io::{Cursor, Write};
use std::path::Path;
use std::sync::Mutex;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use keyfence_exposure::flows::ProjectView;
use keyfence_exposure::Verdict;
use keyfence_matcher::RuleMatcher;
use keyfence_model::words::count;
use keyfence_model::{Exposure, Finding, OriginalPosition, Problem, Source, Stats};
use keyfence_scan::blob::{Blob, BlobOut, BlobScanner, Input};
use keyfence_scan::flow::FlowMode;
use keyfence_scan::{Content, Scratch};
use keyfence_web::{AllowedHost, Bounds, Client, ClientOptions, Kind, Served, Visitor};
use url::Url;

use crate::args::{CrawlArgs, UrlArgs};
use crate::settings::Settings;

pub fn run(mut args: UrlArgs) -> Result<u8> {
    let starts = start_urls(&args.urls, args.from.as_deref())?;
    let site = Site::new(starts, &args.crawl)?;
    // The project is the current directory's: its config, ignore file and baseline.
    let (settings, mut dest, content) = Settings::start(Path::new("."), &mut args.run)?;
    dest.meta().command = "url".into();
    dest.meta().target = site
        .starts
        .iter()
        .map(Url::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    let (findings, stats, problems) = site.scan(&settings.matcher, content);
    settings.finish(dest, findings, stats, &problems, Some("some URLs"))
}

/// A site to crawl: its start URLs, the hosts besides theirs, the bounds and the
/// client, all checked before anything is fetched.
pub struct Site {
    pub starts: Vec<Url>,
    allow: Vec<AllowedHost>,
    bounds: Bounds,
    client: Client,
}

impl Site {
    pub fn new(starts: Vec<Url>, crawl: &CrawlArgs) -> Result<Site> {
        let allow = crawl
            .allow_hosts
            .iter()
            .map(|h| AllowedHost::parse(h))
            .collect::<Result<Vec<_>, _>>()
            .map_err(anyhow::Error::msg)?;
        if crawl.max_requests == 0 || crawl.max_bytes == 0 || crawl.max_response_bytes == 0 {
            bail!("--max-requests, --max-bytes and --max-response-bytes must be more than zero");
        }
        let client =
            Client::new(&client_options(crawl, &starts, &allow)?).map_err(anyhow::Error::msg)?;
        let bounds = Bounds {
            max_requests: crawl.max_requests,
            max_bytes: crawl.max_bytes,
            max_response: crawl.max_response_bytes,
            max_depth: crawl.max_depth,
            time_limit: crawl.time_limit,
            concurrency: usize::from(crawl.concurrency),
        };
        Ok(Site {
            starts,
            allow,
            bounds,
            client,
        })
    }

    /// Crawls the site and scans what it serves: one finding per secret, what was
    /// read, and what could not be.
    pub fn scan(
        &self,
        matcher: &RuleMatcher,
        content: Content,
    ) -> (Vec<Finding>, Stats, Vec<Problem>) {
        let started = Instant::now();
        let scanner =
            ServedScanner::new(BlobScanner::new(matcher, content), self.bounds.concurrency);
        let outcome = keyfence_web::crawl(
            &self.starts,
            &self.allow,
            &self.bounds,
            &self.client,
            &scanner,
        );
        let run_limit = scanner.blobs.run_limit();
        let mut out = scanner.out.into_inner().unwrap_or_default();
        let mut problems: Vec<Problem> = outcome.problems;
        problems.extend(run_limit);
        problems.append(&mut out.problems);
        keyfence_model::dedup_problems(&mut problems);
        if !crate::progress::quiet() {
            let _ = writeln!(
                crate::console::stderr(),
                "keyfence: {}, {} fetched, {} scanned{}",
                count(outcome.requests as u64, "request", "requests"),
                count(outcome.bytes as u64, "byte", "bytes"),
                count(outcome.documents as u64, "document", "documents"),
                if outcome.missing_guesses > 0 {
                    format!(
                        " ({} named in code or by source map comments {} not on the site)",
                        count(outcome.missing_guesses as u64, "path", "paths"),
                        if outcome.missing_guesses == 1 {
                            "is"
                        } else {
                            "are"
                        }
                    )
                } else {
                    String::new()
                }
            );
        }
        let stats = Stats {
            files: out.items,
            bytes: out.bytes,
            errors: problems.iter().filter(|p| p.is_error()).count() as u64,
            duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            ..Stats::default()
        };
        (by_secret(out.findings), stats, problems)
    }
}

/// The start URLs: the arguments, then `--from`'s lines.
pub fn start_urls(urls: &[String], from: Option<&Path>) -> Result<Vec<Url>> {
    let mut raw: Vec<String> = urls.to_vec();
    if let Some(from) = from {
        raw.extend(crate::org::list::read_lines(from, "--from")?);
    }
    if raw.is_empty() {
        bail!("no URL given: `keyfence url URL...` or `--from FILE`");
    }
    let mut urls = Vec::new();
    for r in raw {
        let u = Url::parse(&r).map_err(|e| match e {
            url::ParseError::RelativeUrlWithoutBase => anyhow::anyhow!(
                "not a URL: {r:?} has no scheme; did you mean \"https://{}\"?",
                r.trim_start_matches('/')
            ),
            e => anyhow::anyhow!("not a URL: {r:?} ({e})"),
        })?;
        if !matches!(u.scheme(), "http" | "https") || u.host_str().is_none() {
            bail!("not an http:// or https:// URL: {r:?}");
        }
        if !u.username().is_empty() || u.password().is_some() {
            bail!(
                "a URL with credentials in it would show them in every report: give them as \
                 --header \"Authorization: ...\" instead ({})",
                u.host_str().unwrap_or_default()
            );
        }
        if !urls.contains(&u) {
            urls.push(u);
        }
    }
    Ok(urls)
}

/// The client: the user's headers for the hosts the user named (the start URLs' hosts
/// and `--allow-host`), link-local and metadata addresses only for `--allow-host`.
fn client_options(
    args: &CrawlArgs,
    starts: &[Url],
    allow: &[AllowedHost],
) -> Result<ClientOptions> {
    let mut headers = Vec::new();
    for h in &args.headers {
        let Some((name, value)) = h.split_once(':') else {
            bail!("--header {h:?}: give \"Name: value\"");
        };
        headers.push((name.trim().to_string(), value.trim().to_string()));
    }
    let mut ca_pem = Vec::new();
    for f in &args.ca_certs {
        ca_pem.push(std::fs::read(f).with_context(|| format!("--ca-cert {}", f.display()))?);
    }
    let mut header_hosts: Vec<AllowedHost> = starts
        .iter()
        .filter_map(|u| {
            Some(AllowedHost {
                host: u.host_str()?.to_string(),
                port: None,
            })
        })
        .collect();
    header_hosts.extend(allow.iter().cloned());
    Ok(ClientOptions {
        headers,
        ca_pem,
        header_hosts,
        internal_ok: allow.iter().map(|a| a.host.clone()).collect(),
    })
}

/// Every place in served code is client-side: a browser was just given it.
struct ServedView<'a> {
    url: &'a str,
}

impl ProjectView for ServedView<'_> {
    fn verdict(&self, _offset: u64, _line: &[u8]) -> Option<Verdict> {
        Some(Verdict {
            exposure: Exposure::Client,
            reason: served_by(self.url),
        })
    }
    fn inlined(&self, _name: &str, _read: bool) -> keyfence_exposure::flows::Inlined {
        keyfence_exposure::flows::Inlined::NoProject
    }
}

fn served_by(url: &str) -> String {
    format!("served by {url}")
}

/// Scans what the crawl hands over, on the worker that fetched it.
struct ServedScanner<'m> {
    blobs: BlobScanner<'m>,
    scratch: Vec<Mutex<Scratch>>,
    out: Mutex<BlobOut>,
}

impl<'m> ServedScanner<'m> {
    fn new(blobs: BlobScanner<'m>, workers: usize) -> ServedScanner<'m> {
        ServedScanner {
            blobs,
            scratch: (0..workers.max(1))
                .map(|_| Mutex::new(Scratch::new()))
                .collect(),
            out: Mutex::new(BlobOut::default()),
        }
    }

    /// Scans `body`, shown at `path`, served by `by`.
    fn scan(&self, worker: usize, name: &str, path: &str, by: &str, body: &[u8]) -> BlobOut {
        let view = ServedView { url: by };
        let blob = Blob {
            name,
            path: &|| Some(path.to_string()),
            project: &view,
            flows: FlowMode::Judge,
            source: &|| Source::Served {
                url: by.to_string(),
            },
        };
        let mut local = BlobOut::default();
        let mut scratch = self.scratch[worker % self.scratch.len()]
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        self.blobs.scan(
            Input::Seekable(&mut Cursor::new(body)),
            &blob,
            &mut scratch,
            &mut local,
        );
        for f in &mut local.findings {
            if f.secret.is_some() {
                f.exposure = Exposure::Client;
                f.exposure_reason = served_by(by);
            }
        }
        local
    }

    fn gather(&self, mut local: BlobOut) {
        self.out
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .append(&mut local);
    }
}

/// The last part of a URL's path, for telling file kinds by name.
fn file_name(path: &str) -> &str {
    let p = path.split(['?', '#']).next().unwrap_or(path);
    p.rsplit('/').next().unwrap_or(p)
}

impl Visitor for ServedScanner<'_> {
    fn served(&self, worker: usize, url: &Url, kind: Kind, body: &[u8], map: Option<&Served>) {
        // A URL without a file name (`/`, `/app`) is named by what it was fetched as,
        // so that flows know what kind of file it is.
        let mut name = file_name(url.path());
        if !name.contains('.') {
            name = match kind {
                Kind::Page => "index.html",
                Kind::Script | Kind::Worker => "served.js",
                Kind::Manifest => "manifest.webmanifest",
                Kind::Json | Kind::Map => "served.json",
            };
        }
        let mut local = self.scan(worker, name, url.as_str(), url.as_str(), body);
        if let Some(m) = map {
            originals_of(&mut local.findings, m);
        }
        self.gather(local);
    }

    fn original(&self, worker: usize, map: &Url, path: &str, content: &str) {
        let shown = format!("{map}!{path}");
        let mut local = self.scan(
            worker,
            file_name(path),
            &shown,
            map.as_str(),
            content.as_bytes(),
        );
        for f in &mut local.findings {
            f.provenance.original = Some(OriginalPosition {
                path: path.to_string(),
                line: f.line,
                column: f.column,
            });
        }
        self.gather(local);
    }
}

/// Where the source map says each finding in a served file came from.
fn originals_of(findings: &mut [Finding], m: &Served) {
    let at: Vec<(u64, u64)> = findings.iter().map(|f| (f.line, f.column)).collect();
    for (f, o) in findings.iter_mut().zip(m.map.originals(&at)) {
        if let Some((src, line, column)) = o {
            if let Some(s) = m.map.sources.get(src) {
                f.provenance.original = Some(OriginalPosition {
                    path: s.path.clone(),
                    line,
                    column,
                });
            }
        }
    }
}

/// One finding per secret (a flow stays one per URL): the place in served code first
/// (its original place in the provenance), then the original sources of source maps,
/// every place listed.
fn by_secret(findings: Vec<Finding>) -> Vec<Finding> {
    let mut groups: HashMap<(String, String), Vec<Finding>> = HashMap::new();
    for f in findings {
        groups.entry(f.group_key()).or_default().push(f);
    }
    let mut out: Vec<Finding> = groups
        .into_values()
        .filter_map(|mut g| {
            g.sort_by(|a, b| place_order(a).cmp(&place_order(b)));
            let places: Vec<_> = g.iter().map(Finding::place).collect();
            let mut f = g.into_iter().next()?;
            if places.len() > 1 {
                f.places_total = places.len();
                f.places = places.into_iter().take(keyfence_scan::MAX_PLACES).collect();
            }
            Some(f)
        })
        .collect();
    out.sort_by(|a, b| {
        place_order(a)
            .cmp(&place_order(b))
            .then_with(|| a.rule.cmp(&b.rule))
    });
    out
}

/// Served files before map sources, then by path and position.
fn place_order(f: &Finding) -> (bool, Option<&str>, u64, u64) {
    let map_source =
        f.provenance.original.is_some() && f.path.as_deref().is_some_and(|p| p.contains('!'));
    (map_source, f.path.as_deref(), f.line, f.column)
}
