//! What a browser loads from served bytes: the links in an HTML page and in scripts.
//!
//! Every function here reads hostile bytes in one forward pass (each byte looked at a
//! bounded number of times) and returns at most [`MAX_LINKS`] links per document; no
//! regular expression, no recursion.

use std::ops::Range;

use url::Url;

/// Links taken from one document at most; the rest are counted.
pub const MAX_LINKS: usize = 10_000;
/// The longest path token looked at in code.
const MAX_TOKEN: usize = 2048;

/// What a fetched URL is expected to hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// An HTML page (the start URL, an iframe).
    Page,
    /// JavaScript a page or a script loads.
    Script,
    /// A service worker or web worker script.
    Worker,
    /// A web app manifest.
    Manifest,
    /// JSON a page or script refers to.
    Json,
    /// A source map.
    Map,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Page => "page",
            Kind::Script => "script",
            Kind::Worker => "worker",
            Kind::Manifest => "manifest",
            Kind::Json => "json",
            Kind::Map => "source map",
        }
    }
}

/// A link found in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub url: Url,
    pub kind: Kind,
    /// Taken from a string in code rather than from markup or a loader call: a 404 is
    /// expected now and then (a string that names no asset) and is not an error.
    pub guess: bool,
}

/// The links found in one document, and how many were dropped past [`MAX_LINKS`].
#[derive(Debug, Default)]
pub struct Links {
    pub links: Vec<Link>,
    pub dropped: usize,
    /// `__webpack_require__.p`-style public paths the code sets (for chunk maps).
    pub public_paths: Vec<Url>,
    /// Bare paths (`static/chunks/app/page-1.js`) that nothing in this document says
    /// where to resolve: the crawl resolves them at directories of the site it has
    /// seen (an App Router page names its chunks so in its inline payload).
    pub bare: Vec<(String, Kind)>,
    seen: std::collections::HashSet<Url>,
    bare_seen: std::collections::HashSet<String>,
}

impl Links {
    pub fn push(&mut self, url: Url, kind: Kind, guess: bool) {
        if !matches!(url.scheme(), "http" | "https") {
            return;
        }
        if self.links.len() >= MAX_LINKS {
            self.dropped += 1;
            return;
        }
        let mut url = url;
        url.set_fragment(None);
        if self.seen.insert(url.clone()) {
            self.links.push(Link { url, kind, guess });
        }
    }
}

/// What an HTML page holds: its links, and its inline scripts (to read for links).
#[derive(Debug, Default)]
pub struct Page {
    pub links: Links,
    /// Byte ranges of inline `<script>` bodies.
    pub scripts: Vec<Range<usize>>,
    /// The base URL the page's links resolve against (`<base href>`, else the page).
    pub base: Option<Url>,
}

/// Whether served bytes look like an HTML document (for a response with no useful
/// content type).
pub fn looks_like_html(body: &[u8]) -> bool {
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF)
        .unwrap_or(body.len());
    let head = &body[start..body.len().min(start + 64)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    lower.starts_with(b"<!doctype html")
        || lower.starts_with(b"<html")
        || lower.starts_with(b"<head")
        || lower.starts_with(b"<!--")
        || lower.starts_with(b"<meta")
        || lower.starts_with(b"<script")
}

/// Reads the tags of an HTML page that make a browser load something.
pub fn html(body: &[u8], url: &Url) -> Page {
    let mut page = Page::default();
    let mut base = url.clone();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &body[i..]) {
        let at = i + off;
        if body[at..].starts_with(b"<!--") {
            i = match memchr::memmem::find(&body[at + 4..], b"-->") {
                Some(e) => at + 4 + e + 3,
                None => body.len(),
            };
            continue;
        }
        let Some(tag) = Tag::parse(body, at) else {
            i = at + 1;
            continue;
        };
        i = tag.end;
        match tag.name.as_str() {
            "base" if page.base.is_none() => {
                if let Some(b) = tag.attr("href").and_then(|h| url.join(&h).ok()) {
                    base = b.clone();
                    page.base = Some(b);
                }
            }
            "script" => {
                let close = raw_text_end(body, i, b"</script");
                if let Some(src) = tag.attr("src") {
                    if let Ok(u) = base.join(src.trim()) {
                        page.links.push(u, Kind::Script, false);
                    }
                } else {
                    page.scripts.push(i..close);
                }
                i = close;
            }
            "style" | "textarea" | "title" => {
                let closing = format!("</{}", tag.name);
                i = raw_text_end(body, i, closing.as_bytes());
            }
            "link" => link_tag(&tag, &base, &mut page.links),
            "iframe" | "frame" => {
                if let Some(u) = tag.attr("src").and_then(|s| base.join(s.trim()).ok()) {
                    page.links.push(u, Kind::Page, false);
                }
            }
            _ => {}
        }
    }
    page
}

/// `<link rel=… href=…>`: scripts preloaded or prefetched, and the manifest.
fn link_tag(tag: &Tag, base: &Url, links: &mut Links) {
    let (Some(rel), Some(href)) = (tag.attr("rel"), tag.attr("href")) else {
        return;
    };
    let rel = rel.to_ascii_lowercase();
    let as_ = tag.attr("as").unwrap_or_default().to_ascii_lowercase();
    let mut kind = None;
    for r in rel.split_ascii_whitespace() {
        match r {
            "modulepreload" => kind = Some(Kind::Script),
            "manifest" => kind = Some(Kind::Manifest),
            "preload" | "prefetch" => {
                kind = match as_.as_str() {
                    "" | "script" | "worker" | "sharedworker" | "serviceworker" => {
                        Some(Kind::Script)
                    }
                    "fetch" | "json" => Some(Kind::Json),
                    // Styles, fonts and images hold no code.
                    _ => kind,
                }
            }
            _ => {}
        }
    }
    if let (Some(kind), Ok(u)) = (kind, base.join(href.trim())) {
        links.push(u, kind, false);
    }
}

/// Where raw text (a script's or a style's body) ends: at its closing tag, else at the
/// end of the page.
fn raw_text_end(body: &[u8], from: usize, closing: &[u8]) -> usize {
    let finder = memchr::memmem::Finder::new(b"</");
    let mut i = from;
    while let Some(off) = finder.find(&body[i..]) {
        let at = i + off;
        let end = (at + closing.len()).min(body.len());
        if body[at..end].eq_ignore_ascii_case(closing) {
            return at;
        }
        i = at + 2;
    }
    body.len()
}

/// One start tag: its lowercased name, its attributes, and where it ends.
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
    end: usize,
}

impl Tag {
    /// Reads the start tag at `at` (a `<`); `None` when none starts there.
    fn parse(body: &[u8], at: usize) -> Option<Tag> {
        let mut i = at + 1;
        let start = i;
        while i < body.len() && body[i].is_ascii_alphanumeric() && i - start < 16 {
            i += 1;
        }
        if i == start || !body[start].is_ascii_alphabetic() {
            return None;
        }
        let name = String::from_utf8_lossy(&body[start..i]).to_ascii_lowercase();
        let mut attrs = Vec::new();
        loop {
            while i < body.len() && (body[i].is_ascii_whitespace() || body[i] == b'/') {
                i += 1;
            }
            if i >= body.len() {
                return Some(Tag {
                    name,
                    attrs,
                    end: body.len(),
                });
            }
            if body[i] == b'>' {
                return Some(Tag {
                    name,
                    attrs,
                    end: i + 1,
                });
            }
            let n0 = i;
            while i < body.len()
                && !body[i].is_ascii_whitespace()
                && !matches!(body[i], b'=' | b'>' | b'/')
            {
                i += 1;
            }
            let attr = String::from_utf8_lossy(&body[n0..i]).to_ascii_lowercase();
            while i < body.len() && body[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = String::new();
            if i < body.len() && body[i] == b'=' {
                i += 1;
                while i < body.len() && body[i].is_ascii_whitespace() {
                    i += 1;
                }
                let v0;
                if i < body.len() && matches!(body[i], b'"' | b'\'') {
                    let q = body[i];
                    v0 = i + 1;
                    i = memchr::memchr(q, &body[v0..]).map_or(body.len(), |e| v0 + e);
                    value = decode_entities(&body[v0..i]);
                    i = (i + 1).min(body.len());
                } else {
                    v0 = i;
                    while i < body.len() && !body[i].is_ascii_whitespace() && body[i] != b'>' {
                        i += 1;
                    }
                    value = decode_entities(&body[v0..i]);
                }
            }
            if attrs.len() < 64 {
                attrs.push((attr, value));
            }
            if i == n0 {
                i += 1;
            }
        }
    }

    fn attr(&self, name: &str) -> Option<String> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    }
}

/// An attribute value with the entities a URL may carry decoded.
fn decode_entities(v: &[u8]) -> String {
    let s = String::from_utf8_lossy(v);
    if !s.contains('&') {
        return s.into_owned();
    }
    s.replace("&amp;", "&")
        .replace("&#38;", "&")
        .replace("&quot;", "\"")
        .replace("&#x2F;", "/")
        .replace("&#47;", "/")
}

/// The extensions of what code may load, and what each is.
const EXTENSIONS: &[(&[u8], Kind)] = &[
    (b"js", Kind::Script),
    (b"mjs", Kind::Script),
    (b"cjs", Kind::Script),
    (b"json", Kind::Json),
    (b"webmanifest", Kind::Manifest),
];

/// Whether `b` may be part of a path token in code.
fn is_path_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'_' | b'-' | b'.' | b'/' | b'~' | b'%' | b'@' | b'+' | b':'
        )
}

/// Reads the links in JavaScript (or JSON): paths of scripts, workers and JSON in
/// strings, the arguments of `importScripts`, `serviceWorker.register` and `new
/// Worker`, and the public path a webpack runtime sets. `cur` is the document's URL
/// (relative paths resolve against it); `base` the page's base for bare paths.
pub fn code(body: &[u8], cur: &Url, out: &mut Links) {
    public_paths(body, cur, out);
    loader_calls(body, cur, out);
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'.', &body[i..]) {
        let dot = i + off;
        i = dot + 1;
        let Some((ext_len, kind)) = extension_at(body, dot + 1) else {
            continue;
        };
        let end = dot + 1 + ext_len;
        // Walk back over the token (bounded): it ends at a byte that is no path byte.
        let mut start = dot;
        while start > 0 && dot - start < MAX_TOKEN && is_path_byte(body[start - 1]) {
            start -= 1;
        }
        i = end;
        let token = String::from_utf8_lossy(&body[start..end]);
        if let Some(u) = resolve_token(&token, cur, &out.public_paths) {
            out.push(u, kind, true);
        } else if bare_first(&token).is_some() {
            if out.bare.len() >= MAX_LINKS {
                out.dropped += 1;
            } else if out.bare_seen.insert(token.to_string()) {
                out.bare.push((token.into_owned(), kind));
            }
        }
    }
}

/// The first directory of a bare path token (`static` of `static/chunks/a.js`), when
/// the token is one: relative, with a directory, no scheme, no `..`.
pub fn bare_first(token: &str) -> Option<&str> {
    if token.starts_with(['/', '.', ':']) || token.contains("://") || token.contains("..") {
        return None;
    }
    let (first, rest) = token.split_once('/')?;
    let ok = !first.is_empty()
        && !rest.is_empty()
        && first
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'@'));
    ok.then_some(first)
}

/// The extension at `at` and the kind it names, when a non-path byte (or the end)
/// follows it.
fn extension_at(body: &[u8], at: usize) -> Option<(usize, Kind)> {
    for (ext, kind) in EXTENSIONS {
        let end = at + ext.len();
        if end <= body.len()
            && body[at..end].eq_ignore_ascii_case(ext)
            && body
                .get(end)
                .is_none_or(|b| !is_path_byte(*b) || *b == b':')
        {
            return Some((ext.len(), *kind));
        }
    }
    None
}

/// The URL a path token in code names, if it names one: absolute, root-relative and
/// `./`-relative tokens resolve as a browser would; a bare `dir/file.js` resolves where
/// its first directory is a directory of `cur`'s path (`static/chunks/x.js` from
/// `/_next/static/chunks/main.js`), else against a public path the code sets.
pub fn resolve_token(token: &str, cur: &Url, public_paths: &[Url]) -> Option<Url> {
    let token = token.trim_start_matches(':');
    if token.is_empty() || token.contains("..//") {
        return None;
    }
    if token.starts_with("http://") || token.starts_with("https://") {
        return Url::parse(token).ok();
    }
    if token.contains("://") {
        return None;
    }
    if token.starts_with('/') || token.starts_with("./") || token.starts_with("../") {
        return cur.join(token).ok();
    }
    let first = token.split('/').next()?;
    if first.len() == token.len()
        || first.is_empty()
        || !first
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'@'))
    {
        return None;
    }
    bare(token, first, cur).or_else(|| public_paths.first().and_then(|p| p.join(token).ok()))
}

/// A bare token resolved at the directory of `cur` whose name is its first directory.
fn bare(token: &str, first: &str, cur: &Url) -> Option<Url> {
    let segments: Vec<&str> = cur.path_segments()?.collect();
    // The last directory (never the file name) with that name.
    let dirs = segments.len().saturating_sub(1);
    let at = segments[..dirs].iter().rposition(|s| *s == first)?;
    let mut prefix = String::from("/");
    for s in &segments[..at] {
        prefix.push_str(s);
        prefix.push('/');
    }
    cur.join(&prefix).ok()?.join(token).ok()
}

/// `X.p="/_next/"`: the public path a webpack runtime loads chunks from.
fn public_paths(body: &[u8], cur: &Url, out: &mut Links) {
    let finder = memchr::memmem::Finder::new(b".p=\"");
    let mut i = 0;
    while let Some(off) = finder.find(&body[i..]) {
        let at = i + off;
        i = at + 4;
        if at == 0 || !(body[at - 1].is_ascii_alphanumeric() || body[at - 1] == b'_') {
            continue;
        }
        let Some(len) = memchr::memchr(b'"', &body[i..]) else {
            break;
        };
        if len > 256 {
            continue;
        }
        let p = String::from_utf8_lossy(&body[i..i + len]);
        if p.contains(['\\', ' ']) {
            continue;
        }
        if let Ok(u) = cur.join(if p.is_empty() { "/" } else { &p }) {
            if out.public_paths.len() < 8 && !out.public_paths.contains(&u) {
                out.public_paths.push(u);
            }
        }
    }
}

/// The string arguments of the calls that load scripts: `importScripts(…)`,
/// `serviceWorker.register(…)`, `new Worker(…)`, `new SharedWorker(…)`.
fn loader_calls(body: &[u8], cur: &Url, out: &mut Links) {
    const CALLS: &[(&[u8], Kind, bool)] = &[
        (b"importScripts(", Kind::Script, true),
        (b"serviceWorker.register(", Kind::Worker, false),
        (b"new Worker(", Kind::Worker, false),
        (b"new SharedWorker(", Kind::Worker, false),
    ];
    for (call, kind, all) in CALLS {
        let finder = memchr::memmem::Finder::new(call);
        let mut i = 0;
        while let Some(off) = finder.find(&body[i..]) {
            let mut j = i + off + call.len();
            i = j;
            // The string literals before the closing parenthesis (bounded).
            let stop = (j + 4096).min(body.len());
            while j < stop {
                match body[j] {
                    b')' => break,
                    q @ (b'"' | b'\'' | b'`') => {
                        let s = j + 1;
                        let Some(len) = memchr::memchr(q, &body[s..stop]) else {
                            break;
                        };
                        let arg = String::from_utf8_lossy(&body[s..s + len]);
                        if !arg.contains("${") {
                            if let Ok(u) = cur.join(arg.trim()) {
                                out.push(u, *kind, false);
                            }
                        }
                        j = s + len + 1;
                        if !all {
                            break;
                        }
                    }
                    _ => j += 1,
                }
            }
            i = i.max(j);
        }
    }
}

/// The source map a script or style names: a `//# sourceMappingURL=` (or `//@`,
/// `/*#`) comment on one of its last few lines (bundlers may add a `//# debugId=`
/// line after it). An inline `data:` map may make that line megabytes long; each of
/// those lines is read once.
pub fn source_map_ref(body: &[u8]) -> Option<String> {
    const MARK: &[u8] = b"sourceMappingURL=";
    let mut end = body.len();
    for _ in 0..4 {
        while end > 0 && body[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        if end == 0 {
            return None;
        }
        let start = memchr::memrchr(b'\n', &body[..end]).map_or(0, |i| i + 1);
        let line = &body[start..end];
        if let Some(at) = memchr::memmem::find(line, MARK) {
            let before = &line[at.saturating_sub(4)..at];
            if before.ends_with(b"# ") || before.ends_with(b"@ ") {
                let v = &line[at + MARK.len()..];
                let stop = v
                    .iter()
                    .position(|b| b.is_ascii_whitespace() || matches!(b, b'*' | b'"' | b'\''))
                    .unwrap_or(v.len());
                let r = String::from_utf8_lossy(&v[..stop]).into_owned();
                return (!r.is_empty()).then_some(r);
            }
        }
        end = start;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn html_links_scripts_preloads_manifest_and_inline_scripts() {
        let page = br#"<!doctype html><html><head>
<base href="/app/">
<!-- <script src="/commented.js"></script> -->
<link rel="modulepreload" href="assets/chunk-A1.js">
<link rel=stylesheet href=/style.css>
<link rel="preload" as="font" href="/font.woff2">
<link rel="manifest" href="/site.webmanifest">
<script defer src=/static/js/main.9d981819.js></script>
<script>window.cfg = {a: 1}; import("/lazy.js")</script>
<SCRIPT type="module" SRC="https://cdn.example.com/x.js"></SCRIPT>
<style>a > b { color: red } </style>
<iframe src="/frame.html"></iframe>
</head></html>"#;
        let p = html(page, &u("https://site.test/index.html"));
        let got: Vec<(String, Kind)> = p
            .links
            .links
            .iter()
            .map(|l| (l.url.to_string(), l.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "https://site.test/app/assets/chunk-A1.js".into(),
                    Kind::Script
                ),
                ("https://site.test/site.webmanifest".into(), Kind::Manifest),
                (
                    "https://site.test/static/js/main.9d981819.js".into(),
                    Kind::Script
                ),
                ("https://cdn.example.com/x.js".into(), Kind::Script),
                ("https://site.test/frame.html".into(), Kind::Page),
            ]
        );
        assert_eq!(p.scripts.len(), 1);
        let inline = &page[p.scripts[0].clone()];
        assert!(inline.starts_with(b"window.cfg"));
    }

    #[test]
    fn code_links_resolve_like_a_browser_and_by_directory() {
        let js = br#"import{a}from"./index-BS10jaMg.js";const d=["assets/Foo-x1.js"];
r.u=e=>"static/chunks/"+e+".js",r.p="/_next/";navigator.serviceWorker.register(`sw.js`);
importScripts("workbox-1.js", 'b.js');fetch("/api/data.json?x=1");"see docs.js for more";
new Worker(new URL("./worker.mjs", import.meta.url))"#;
        let mut links = Links::default();
        code(js, &u("https://s.test/assets/index-Z.js"), &mut links);
        let got: Vec<String> = links.links.iter().map(|l| l.url.to_string()).collect();
        assert!(got.contains(&"https://s.test/assets/index-BS10jaMg.js".to_string()));
        assert!(got.contains(&"https://s.test/assets/Foo-x1.js".to_string()));
        assert!(got.contains(&"https://s.test/assets/sw.js".to_string()));
        assert!(got.contains(&"https://s.test/assets/workbox-1.js".to_string()));
        assert!(got.contains(&"https://s.test/assets/b.js".to_string()));
        assert!(
            got.contains(&"https://s.test/api/data.json".to_string())
                || got
                    .iter()
                    .any(|g| g.starts_with("https://s.test/api/data.json"))
        );
        assert!(got.contains(&"https://s.test/assets/worker.mjs".to_string()));
        assert!(!got.iter().any(|g| g.contains("docs.js")), "{got:?}");
        assert_eq!(links.public_paths, vec![u("https://s.test/_next/")]);
    }

    #[test]
    fn bare_tokens_resolve_at_their_directory() {
        let cur = u("https://s.test/_next/static/abc/_buildManifest.js");
        assert_eq!(
            resolve_token("static/chunks/pages/about-1.js", &cur, &[])
                .unwrap()
                .as_str(),
            "https://s.test/_next/static/chunks/pages/about-1.js"
        );
        assert!(resolve_token("lodash/fp.js", &cur, &[]).is_none());
        assert!(resolve_token("file.js", &cur, &[]).is_none());
        assert!(resolve_token("webpack://x/y.js", &cur, &[]).is_none());
    }

    #[test]
    fn source_map_comments() {
        assert_eq!(
            source_map_ref(b"x()\n//# sourceMappingURL=index-1.js.map\n").as_deref(),
            Some("index-1.js.map")
        );
        assert_eq!(
            source_map_ref(b"a{}\n/*# sourceMappingURL=a.css.map */").as_deref(),
            Some("a.css.map")
        );
        assert_eq!(source_map_ref(b"var s='sourceMappingURL=';"), None);
        assert_eq!(
            source_map_ref(b"x()\n//# sourceMappingURL=a.js.map\n//# debugId=85314830-023f\n\n")
                .as_deref(),
            Some("a.js.map")
        );
        let mut inline = b"x()\n//# sourceMappingURL=data:application/json;base64,".to_vec();
        inline.extend(std::iter::repeat_n(b'A', 200_000));
        assert!(source_map_ref(&inline)
            .unwrap()
            .starts_with("data:application/json;base64,AAAA"));
    }

    #[test]
    fn hostile_markup_ends() {
        let mut big = b"<script".to_vec();
        big.extend(std::iter::repeat_n(b'a', 100_000));
        let _ = html(&big, &u("https://s.test/"));
        let _ = html(b"<<<<<<<a b=\"", &u("https://s.test/"));
        let mut many = Vec::new();
        for i in 0..(MAX_LINKS + 10) {
            many.extend(format!("\"/c{i}.js\";").as_bytes());
        }
        let mut links = Links::default();
        code(&many, &u("https://s.test/"), &mut links);
        assert_eq!(links.links.len(), MAX_LINKS);
        assert_eq!(links.dropped, 10);
    }
}
