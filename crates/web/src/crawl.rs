//! The crawl: from start pages to everything they make a browser load on the allowed
//! hosts, by `concurrency` workers sharing one queue, within every bound. Each fetched
//! document goes to a [`Visitor`] (which scans it) on the worker that fetched it; what a
//! bound left unfetched and what failed come back as problems.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, RwLock};
use std::time::{Duration, Instant};

use keyfence_model::{Problem, ProblemKind};
use url::Url;

use crate::http::{Client, FetchError, Response};
use crate::links::{self, Kind, Links};
use crate::sourcemap::{self, SourceMap};
use crate::webpack;

/// Redirects followed for one request.
const MAX_REDIRECTS: usize = 10;
/// Tries of a request answered 429 or 503.
const TRIES: u32 = 4;
/// Unfetched URLs named one by one per bound; the rest are counted.
const NAMED: usize = 20;

/// The bounds of a crawl.
#[derive(Clone, Debug)]
pub struct Bounds {
    pub max_requests: usize,
    pub max_bytes: u64,
    pub max_response: u64,
    pub max_depth: usize,
    pub time_limit: Duration,
    pub concurrency: usize,
}

impl Default for Bounds {
    fn default() -> Bounds {
        Bounds {
            max_requests: 500,
            max_bytes: 256 << 20,
            max_response: 32 << 20,
            max_depth: 5,
            time_limit: Duration::from_secs(120),
            concurrency: 8,
        }
    }
}

/// A host the crawl may fetch from: a name, and a port or any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllowedHost {
    pub host: String,
    pub port: Option<u16>,
}

impl AllowedHost {
    /// Reads `HOST[:PORT]` (an IPv6 address in brackets).
    pub fn parse(s: &str) -> Result<AllowedHost, String> {
        let u = Url::parse(&format!("http://{}/", s.trim()))
            .map_err(|e| format!("--allow-host {s:?}: {e}"))?;
        let host = u
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| format!("--allow-host {s:?}: no host"))?;
        if u.path() != "/" || u.query().is_some() || !u.username().is_empty() {
            return Err(format!("--allow-host {s:?}: give HOST or HOST:PORT only"));
        }
        let explicit = s
            .trim()
            .rsplit_once(':')
            .is_some_and(|(_, p)| p.parse::<u16>().is_ok());
        Ok(AllowedHost {
            host: host.to_string(),
            port: if explicit {
                u.port_or_known_default()
            } else {
                None
            },
        })
    }
}

/// What a visitor is given: a served document, or an original source in a map.
pub trait Visitor: Sync {
    /// A served document (`map`: its source map, when it has one that was read).
    fn served(&self, worker: usize, url: &Url, kind: Kind, body: &[u8], map: Option<&Served>);
    /// An original source a source map embeds.
    fn original(&self, worker: usize, map: &Url, path: &str, content: &str);
}

/// A source map read for a served document, and where it is.
pub struct Served {
    pub url: Url,
    pub map: SourceMap,
}

/// What a crawl did.
#[derive(Debug, Default)]
pub struct CrawlOutcome {
    pub problems: Vec<Problem>,
    pub requests: usize,
    pub bytes: u64,
    /// Documents given to the visitor (served files and original sources).
    pub documents: u64,
    /// URLs read from strings in code, and source maps named by comments, that the
    /// site does not have (404, or its index page in their place).
    pub missing_guesses: usize,
    /// Start URLs that could not be fetched.
    pub failed_starts: usize,
}

struct Job {
    url: Url,
    kind: Kind,
    depth: usize,
    guess: bool,
    start: bool,
}

#[derive(Default)]
struct Queue {
    jobs: VecDeque<Job>,
    active: usize,
    seen: HashSet<Url>,
}

/// Webpack chunk maps seen so far: templates (with where they resolve) and ids.
#[derive(Default)]
struct Chunks {
    templates: Vec<(webpack::Template, Url, Vec<Url>, usize, usize)>,
    ids: Vec<String>,
    known: BTreeSet<String>,
}

/// Why a URL was left unfetched.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
enum Left {
    Host,
    Requests,
    Bytes,
    Depth,
    Time,
}

impl Left {
    fn flag(self) -> &'static str {
        match self {
            Left::Host => "not an allowed host (same origin by default; see --allow-host)",
            Left::Requests => "--max-requests",
            Left::Bytes => "--max-bytes",
            Left::Depth => "--max-depth",
            Left::Time => "--time-limit",
        }
    }
}

struct Crawl<'a> {
    client: &'a Client,
    bounds: &'a Bounds,
    /// Grows when a start URL redirects to where the site lives (its host over https,
    /// apex to www or back: [`site_moves`]).
    allowed: RwLock<Vec<AllowedHost>>,
    visitor: &'a dyn Visitor,
    deadline: Instant,
    queue: Mutex<Queue>,
    wake: Condvar,
    chunks: Mutex<Chunks>,
    /// Directories of the site seen so far, by name: where a bare path resolves.
    dirs: Mutex<HashMap<String, Vec<Url>>>,
    requests: AtomicUsize,
    bytes: AtomicU64,
    documents: AtomicU64,
    missing: AtomicUsize,
    failed_starts: AtomicUsize,
    problems: Mutex<Vec<Problem>>,
    left: Mutex<Vec<(Left, String)>>,
}

/// Crawls from `starts`. The hosts of the start URLs (scheme, host and port) are
/// allowed, and `allow` besides.
pub fn crawl(
    starts: &[Url],
    allow: &[AllowedHost],
    bounds: &Bounds,
    client: &Client,
    visitor: &dyn Visitor,
) -> CrawlOutcome {
    let mut allowed: Vec<AllowedHost> = starts
        .iter()
        .filter_map(|u| {
            Some(AllowedHost {
                host: u.host_str()?.to_string(),
                port: u.port_or_known_default(),
            })
        })
        .collect();
    allowed.extend(allow.iter().cloned());
    let c = Crawl {
        client,
        bounds,
        allowed: RwLock::new(allowed),
        visitor,
        deadline: Instant::now() + bounds.time_limit,
        queue: Mutex::new(Queue::default()),
        wake: Condvar::new(),
        chunks: Mutex::new(Chunks::default()),
        dirs: Mutex::new(HashMap::new()),
        requests: AtomicUsize::new(0),
        bytes: AtomicU64::new(0),
        documents: AtomicU64::new(0),
        missing: AtomicUsize::new(0),
        failed_starts: AtomicUsize::new(0),
        problems: Mutex::new(Vec::new()),
        left: Mutex::new(Vec::new()),
    };
    {
        let mut q = c.queue.lock().unwrap();
        for u in starts {
            let mut u = u.clone();
            u.set_fragment(None);
            if q.seen.insert(u.clone()) {
                q.jobs.push_back(Job {
                    url: u,
                    kind: Kind::Page,
                    depth: 0,
                    guess: false,
                    start: true,
                });
            }
        }
    }
    let workers = bounds.concurrency.max(1);
    std::thread::scope(|s| {
        for w in 0..workers {
            let c = &c;
            s.spawn(move || c.work(w));
        }
    });
    let mut problems = c.problems.into_inner().unwrap();
    problems.extend(left_problems(c.left.into_inner().unwrap()));
    CrawlOutcome {
        problems,
        requests: c.requests.into_inner(),
        bytes: c.bytes.into_inner(),
        documents: c.documents.into_inner(),
        missing_guesses: c.missing.into_inner(),
        failed_starts: c.failed_starts.into_inner(),
    }
}

/// The warnings for what bounds left unfetched: the first few URLs of each bound by
/// name, then how many more.
fn left_problems(mut left: Vec<(Left, String)>) -> Vec<Problem> {
    left.sort();
    left.dedup();
    let mut out = Vec::new();
    let mut i = 0;
    while i < left.len() {
        let why = left[i].0;
        let n = left[i..].iter().take_while(|(w, _)| *w == why).count();
        for (_, url) in &left[i..i + n.min(NAMED)] {
            out.push(Problem::new(
                ProblemKind::NetworkLimit,
                url.clone(),
                format!("not fetched: {}", why.flag()),
            ));
        }
        if n > NAMED {
            out.push(Problem::new(
                ProblemKind::NetworkLimit,
                format!("{} more URLs", n - NAMED),
                format!("not fetched: {}", why.flag()),
            ));
        }
        i += n;
    }
    out
}

impl Crawl<'_> {
    fn work(&self, worker: usize) {
        loop {
            let job = {
                let mut q = self.queue.lock().unwrap();
                loop {
                    if let Some(j) = q.jobs.pop_front() {
                        q.active += 1;
                        break Some(j);
                    }
                    if q.active == 0 {
                        break None;
                    }
                    q = self.wake.wait(q).unwrap();
                }
            };
            let Some(job) = job else {
                self.wake.notify_all();
                return;
            };
            let found = self.run(worker, &job);
            let mut q = self.queue.lock().unwrap();
            for (url, kind, guess) in found {
                self.enqueue(&mut q, url, kind, guess, job.depth + 1);
            }
            q.active -= 1;
            drop(q);
            self.wake.notify_all();
        }
    }

    fn enqueue(&self, q: &mut Queue, url: Url, kind: Kind, guess: bool, depth: usize) {
        if !q.seen.insert(url.clone()) {
            return;
        }
        if !self.allowed(&url) {
            // Guesses from strings in code are not loads the page makes for sure.
            if !guess {
                self.leave(Left::Host, &url);
            }
            return;
        }
        if depth > self.bounds.max_depth {
            return self.leave(Left::Depth, &url);
        }
        q.jobs.push_back(Job {
            url,
            kind,
            depth,
            guess,
            start: false,
        });
    }

    fn allowed(&self, url: &Url) -> bool {
        let (Some(host), port) = (url.host_str(), url.port_or_known_default()) else {
            return false;
        };
        self.allowed
            .read()
            .unwrap()
            .iter()
            .any(|a| a.host.eq_ignore_ascii_case(host) && (a.port.is_none() || a.port == port))
    }

    fn leave(&self, why: Left, url: &Url) {
        self.left.lock().unwrap().push((why, url.to_string()));
    }

    fn problem(&self, kind: ProblemKind, url: &Url, message: impl Into<String>) {
        self.problems
            .lock()
            .unwrap()
            .push(Problem::new(kind, url.to_string(), message));
    }

    /// Fetches a job's URL, following redirects within the allowed hosts and trying
    /// again after 429 and 503. `None` when there is nothing to read (a problem says
    /// why, or it is a guess the site does not have).
    fn fetch(&self, job: &Job) -> Option<(Url, Response)> {
        let mut url = job.url.clone();
        let mut chain = vec![url.clone()];
        loop {
            let resp = self.fetch_one(&url, job)?;
            if (300..400).contains(&resp.status) && resp.location.is_some() {
                let loc = resp.location.as_deref().unwrap_or_default();
                let Ok(next) = url.join(loc) else {
                    self.problem(
                        ProblemKind::Network,
                        &url,
                        format!("redirect to a malformed URL {loc:?}"),
                    );
                    return None;
                };
                if chain.contains(&next) {
                    self.problem(
                        ProblemKind::Network,
                        &job.url,
                        format!("redirect loop ({} redirects)", chain.len()),
                    );
                    return None;
                }
                if chain.len() > MAX_REDIRECTS {
                    self.problem(
                        ProblemKind::Network,
                        &job.url,
                        format!("more than {MAX_REDIRECTS} redirects"),
                    );
                    return None;
                }
                if !self.allowed(&next) {
                    // The user named the start page: where it really lives (its own
                    // host over https, its host with or without `www.`) is the site
                    // too, as for a browser; any other host is not.
                    if job.start && site_moves(&job.url, &next) {
                        if let Some(host) = next.host_str() {
                            self.allowed.write().unwrap().push(AllowedHost {
                                host: host.to_string(),
                                port: next.port_or_known_default(),
                            });
                        }
                    } else if job.start {
                        self.problem(
                            ProblemKind::Network,
                            &job.url,
                            format!(
                                "the start page redirects to {next}, not its own host over \
                                 https nor its www. host: not followed (give that URL, or \
                                 --allow-host {}, to crawl it)",
                                next.host_str().unwrap_or_default()
                            ),
                        );
                        self.failed_starts.fetch_add(1, Ordering::Relaxed);
                        return None;
                    } else {
                        self.leave(Left::Host, &next);
                        return None;
                    }
                }
                // A place another job has fetched (or will) is not fetched again.
                if !self.queue.lock().unwrap().seen.insert(next.clone()) {
                    return None;
                }
                chain.push(next.clone());
                url = next;
                continue;
            }
            return self.status_ok(job, url, resp);
        }
    }

    /// Whether a final response has a body to read.
    fn status_ok(&self, job: &Job, url: Url, resp: Response) -> Option<(Url, Response)> {
        match resp.status {
            200..=299 => {}
            404 | 410 if job.guess => {
                self.missing.fetch_add(1, Ordering::Relaxed);
                return None;
            }
            s => {
                let what = if job.start {
                    "the start page could not be fetched"
                } else {
                    "not fetched"
                };
                self.problem(
                    ProblemKind::Network,
                    &url,
                    format!("HTTP {s} {}: {what}", reason(s)),
                );
                if job.start {
                    self.failed_starts.fetch_add(1, Ordering::Relaxed);
                }
                return None;
            }
        }
        if resp.truncated {
            self.problem(
                ProblemKind::NetworkLimit,
                &url,
                format!(
                    "response larger than {} bytes (--max-bytes per response, or what is left of it in all): its start was scanned",
                    resp.body.len()
                ),
            );
        }
        Some((url, resp))
    }

    /// One request, tried again after 429 and 503 with backoff, within the bounds.
    fn fetch_one(&self, url: &Url, job: &Job) -> Option<Response> {
        let mut attempt = 0;
        loop {
            if Instant::now() >= self.deadline {
                self.leave(Left::Time, url);
                return None;
            }
            if self.requests.fetch_add(1, Ordering::Relaxed) >= self.bounds.max_requests {
                self.requests.fetch_sub(1, Ordering::Relaxed);
                self.leave(Left::Requests, url);
                return None;
            }
            let used = self.bytes.load(Ordering::Relaxed);
            if used >= self.bounds.max_bytes {
                self.leave(Left::Bytes, url);
                return None;
            }
            let limit = self.bounds.max_response.min(self.bounds.max_bytes - used);
            match self.client.get(url, limit, self.deadline) {
                Ok(r) => {
                    self.bytes.fetch_add(r.body.len() as u64, Ordering::Relaxed);
                    attempt += 1;
                    if matches!(r.status, 429 | 503) && attempt < TRIES {
                        let wait = r
                            .retry_after
                            .map_or(Duration::from_millis(250 << attempt), |s| {
                                Duration::from_secs(s.min(10))
                            });
                        if Instant::now() + wait < self.deadline {
                            std::thread::sleep(wait);
                            continue;
                        }
                    }
                    return Some(r);
                }
                Err(FetchError::Timeout) => {
                    self.problem(
                        ProblemKind::Network,
                        url,
                        "timed out (--time-limit): what it sent was not scanned",
                    );
                    if job.start {
                        self.failed_starts.fetch_add(1, Ordering::Relaxed);
                    }
                    return None;
                }
                Err(FetchError::Other(e)) => {
                    let what = if job.start {
                        "the start page could not be fetched: "
                    } else {
                        ""
                    };
                    self.problem(ProblemKind::Network, url, format!("{what}{e}"));
                    if job.start {
                        self.failed_starts.fetch_add(1, Ordering::Relaxed);
                    }
                    return None;
                }
            }
        }
    }

    /// Fetches and reads one job: hands what it served to the visitor and returns the
    /// links it holds.
    fn run(&self, worker: usize, job: &Job) -> Vec<(Url, Kind, bool)> {
        let Some((url, resp)) = self.fetch(job) else {
            return Vec::new();
        };
        let body = &resp.body;
        // An asset is taken for HTML by its type (or, untyped, by its bytes); a page and
        // a source map by either.
        let html =
            typed_html(&resp) || (resp.content_type.is_empty() && links::looks_like_html(body));
        let mut found = Links::default();
        match job.kind {
            Kind::Page if any_html(&resp) => {
                let page = links::html(body, &url);
                found = page.links;
                let base = page.base.unwrap_or_else(|| url.clone());
                for r in page.scripts {
                    links::code(&body[r.clone()], &base, &mut found);
                    self.webpack(&body[r], &base, &mut found);
                }
                self.visit(worker, &url, Kind::Page, body, None);
            }
            Kind::Map => self.map_document(worker, &url, body, &mut found),
            _ if html && (job.guess || job.kind != Kind::Page) => {
                // A single-page app answers every path with its index page: not a file.
                if job.guess {
                    self.missing.fetch_add(1, Ordering::Relaxed);
                } else {
                    self.problem(
                        ProblemKind::ServedContent,
                        &url,
                        format!(
                            "served HTML where a {} was expected: not scanned",
                            job.kind.as_str()
                        ),
                    );
                }
            }
            kind => {
                if job.start {
                    self.problem(
                        ProblemKind::ServedContent,
                        &url,
                        format!(
                            "not an HTML page (content type {:?}): scanned as served, its links read as code",
                            resp.content_type
                        ),
                    );
                }
                links::code(body, &url, &mut found);
                self.webpack(body, &url, &mut found);
                let map = self.source_map(worker, &url, &resp, job.depth);
                self.visit(worker, &url, kind, body, map.as_ref());
                if let Some(m) = &map {
                    self.originals(worker, m);
                }
            }
        }
        self.learn_dirs(std::iter::once(&url).chain(found.links.iter().map(|l| &l.url)));
        for (token, kind) in std::mem::take(&mut found.bare) {
            for u in self.resolve_bare(&token) {
                found.push(u, kind, true);
            }
        }
        if found.dropped > 0 {
            self.problem(
                ProblemKind::NetworkLimit,
                &url,
                format!(
                    "{} more links than the first {} were not followed",
                    found.dropped,
                    links::MAX_LINKS
                ),
            );
        }
        found
            .links
            .into_iter()
            .map(|l| (l.url, l.kind, l.guess))
            .collect()
    }

    /// Records the directories of `urls` by name (at most 4 places for a name, 10,000
    /// names), where later bare paths may resolve.
    fn learn_dirs<'u>(&self, urls: impl Iterator<Item = &'u Url>) {
        let mut dirs = self.dirs.lock().unwrap();
        for u in urls {
            if !self.allowed(u) {
                continue;
            }
            let Some(segs) = u.path_segments() else {
                continue;
            };
            let segs: Vec<&str> = segs.collect();
            let mut prefix = String::from("/");
            for s in &segs[..segs.len().saturating_sub(1)] {
                if !s.is_empty() && dirs.len() < 10_000 {
                    if let Ok(base) = u.join(&prefix) {
                        let at = dirs.entry((*s).to_string()).or_default();
                        if at.len() < 4 && !at.contains(&base) {
                            at.push(base);
                        }
                    }
                }
                prefix.push_str(s);
                prefix.push('/');
            }
        }
    }

    /// Where a bare path may be: at each directory of the site named like its first.
    fn resolve_bare(&self, token: &str) -> Vec<Url> {
        let Some(first) = links::bare_first(token) else {
            return Vec::new();
        };
        let dirs = self.dirs.lock().unwrap();
        dirs.get(first)
            .map(|bases| bases.iter().filter_map(|b| b.join(token).ok()).collect())
            .unwrap_or_default()
    }

    fn visit(&self, worker: usize, url: &Url, kind: Kind, body: &[u8], map: Option<&Served>) {
        self.documents.fetch_add(1, Ordering::Relaxed);
        self.visitor.served(worker, url, kind, body, map);
    }

    fn originals(&self, worker: usize, m: &Served) {
        for s in &m.map.sources {
            if let Some(c) = &s.content {
                self.documents.fetch_add(1, Ordering::Relaxed);
                self.visitor.original(worker, &m.url, &s.path, c);
            }
        }
    }

    /// A source map fetched as a document of its own (a link in code, an index map's
    /// section).
    fn map_document(&self, worker: usize, url: &Url, body: &[u8], found: &mut Links) {
        match SourceMap::parse(body) {
            Ok(map) => {
                for s in &map.section_urls {
                    if let Ok(u) = url.join(s) {
                        found.push(u, Kind::Map, false);
                    }
                }
                self.originals(
                    worker,
                    &Served {
                        url: url.clone(),
                        map,
                    },
                );
            }
            Err(e) => self.not_a_map(worker, url, body, &e.0),
        }
    }

    fn not_a_map(&self, worker: usize, url: &Url, body: &[u8], why: &str) {
        self.problem(
            ProblemKind::ServedContent,
            url,
            format!("not a source map ({why}): scanned as served"),
        );
        self.visit(worker, url, Kind::Map, body, None);
    }

    /// The source map of a script (its `SourceMap` header or its last
    /// `sourceMappingURL` comment), fetched and read now so that findings in the
    /// script can name their original place.
    fn source_map(
        &self,
        worker: usize,
        url: &Url,
        resp: &Response,
        depth: usize,
    ) -> Option<Served> {
        let r = resp
            .source_map
            .clone()
            .or_else(|| links::source_map_ref(&resp.body))?;
        if let Some(bytes) = sourcemap::data_url(&r) {
            return match SourceMap::parse(&bytes) {
                Ok(map) => Some(Served {
                    url: url.clone(),
                    map,
                }),
                Err(e) => {
                    self.problem(
                        ProblemKind::ServedContent,
                        url,
                        format!("its inline source map is not one ({}): not read", e.0),
                    );
                    None
                }
            };
        }
        let map_url = url.join(&r).ok()?;
        {
            let mut q = self.queue.lock().unwrap();
            if !q.seen.insert(map_url.clone()) {
                return None;
            }
        }
        if !self.allowed(&map_url) {
            self.leave(Left::Host, &map_url);
            return None;
        }
        if depth + 1 > self.bounds.max_depth {
            self.leave(Left::Depth, &map_url);
            return None;
        }
        // A map named by a comment is often not deployed (uploaded to an error
        // tracker, then deleted): a 404, or a single-page app's index page, is no map
        // and no error.
        let job = Job {
            url: map_url,
            kind: Kind::Map,
            depth: depth + 1,
            guess: true,
            start: false,
        };
        let (final_url, resp) = self.fetch(&job)?;
        if any_html(&resp) {
            self.missing.fetch_add(1, Ordering::Relaxed);
            return None;
        }
        match SourceMap::parse(&resp.body) {
            Ok(map) => Some(Served {
                url: final_url,
                map,
            }),
            Err(e) => {
                self.not_a_map(worker, &final_url, &resp.body, &e.0);
                None
            }
        }
    }

    /// Webpack's chunk maps: templates and ids in `js`, and the chunk URLs they make
    /// now that were not made before.
    fn webpack(&self, js: &[u8], cur: &Url, found: &mut Links) {
        let templates = webpack::templates(js);
        let mut ids = BTreeSet::new();
        webpack::chunk_ids(js, &mut ids);
        if templates.is_empty() && ids.is_empty() {
            return;
        }
        let mut c = self.chunks.lock().unwrap();
        for t in templates {
            for id in t.ids() {
                ids.insert(id.clone());
            }
            if c.templates.len() < webpack::MAX_TEMPLATES {
                c.templates
                    .push((t, cur.clone(), found.public_paths.clone(), 0, 0));
            }
        }
        for id in ids {
            if c.known.len() < webpack::MAX_IDS && c.known.insert(id.clone()) {
                c.ids.push(id);
            }
        }
        let Chunks { templates, ids, .. } = &mut *c;
        for (t, at, public, applied, _) in templates.iter_mut() {
            for id in &ids[*applied..] {
                if let Some(name) = t.name(id) {
                    if let Some(u) = links::resolve_token(&name, at, public) {
                        found.push(u, Kind::Script, true);
                    }
                }
            }
            *applied = ids.len();
        }
    }
}

/// Whether a start page's redirect from `from` (the URL the user gave) to `to` keeps
/// to the site: the same host over https (any port), or the same host with or without
/// `www.` over https, or over http when the user gave http. Never another host, never
/// from https down to http, never an address's `www.`.
pub fn site_moves(from: &Url, to: &Url) -> bool {
    let (Some(f), Some(t)) = (from.host_str(), to.host_str()) else {
        return false;
    };
    let (f, t) = (f.to_ascii_lowercase(), t.to_ascii_lowercase());
    let secure = to.scheme() == "https";
    if f == t {
        return secure;
    }
    let www = |a: &str, b: &str| a.strip_prefix("www.") == Some(b);
    (secure || (to.scheme() == "http" && from.scheme() == "http"))
        && matches!(to.host(), Some(url::Host::Domain(_)))
        && (www(&t, &f) || www(&f, &t))
}

/// Whether a response's content type says HTML.
fn typed_html(r: &Response) -> bool {
    r.content_type.to_ascii_lowercase().contains("html")
}

/// Whether a response is HTML by its content type or by its first bytes.
fn any_html(r: &Response) -> bool {
    typed_html(r) || links::looks_like_html(&r.body)
}

/// The reason phrase of an HTTP status, for messages.
fn reason(s: u16) -> &'static str {
    match s {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        410 => "Gone",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        300..=399 => "redirect without a usable Location",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::site_moves;
    use url::Url;

    #[test]
    fn a_start_page_moves_only_to_its_own_host_over_https_or_its_www_host() {
        let moves = |a: &str, b: &str| site_moves(&Url::parse(a).unwrap(), &Url::parse(b).unwrap());
        assert!(moves("http://example.com/", "https://example.com/"));
        assert!(moves("http://example.com/", "https://example.com:8443/app"));
        assert!(moves("http://example.com/", "https://www.example.com/"));
        assert!(moves("http://example.com/", "http://www.example.com/"));
        assert!(moves("https://www.example.com/", "https://example.com/"));
        assert!(moves("http://Example.COM/", "https://WWW.example.com/"));
        // Another host, a look-alike, a downgrade, another port over http, an address.
        assert!(!moves("https://example.com/", "https://evil.test/"));
        assert!(!moves(
            "https://example.com/",
            "https://www.example.com.evil.test/"
        ));
        assert!(!moves("https://example.com/", "https://wwwexample.com/"));
        assert!(!moves(
            "https://example.com/",
            "https://www.www.example.com/"
        ));
        assert!(!moves("https://example.com/", "https://sub.example.com/"));
        assert!(!moves("https://example.com/", "http://www.example.com/"));
        assert!(!moves("https://example.com/", "http://example.com/"));
        assert!(!moves("http://example.com/", "http://example.com:8080/"));
        assert!(!moves("http://example.com/", "http://169.254.169.254/"));
        assert!(!moves("http://127.0.0.1:8080/", "https://169.254.169.254/"));
        assert!(!moves("http://example.com/", "ftp://example.com/"));
    }
}
