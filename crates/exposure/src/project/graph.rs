//! Reachability: from a project's entries, every file its imports bring in, as the
//! bundler would resolve them, with the file that first brought each one in.

use std::collections::{HashMap, VecDeque};

use super::resolve::{resolve, Resolvers};
use crate::js;
use crate::sfc;
use crate::tree::{join, relative, Tree, READ_LIMIT};

/// A graph stops growing here: a crafted tree must not make the model read it all.
pub const MAX_FILES: usize = 20_000;
pub const MAX_BYTES: u64 = 256 << 20;

/// Which side of the split an entry starts: what ships, or what runs on a server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Client,
    Server,
}

/// How a file was reached.
#[derive(Clone, Debug)]
enum Link {
    /// An entry, and why it is one.
    Entry(String),
    /// Imported by this file.
    From(String),
}

/// The files reached from one side's entries.
#[derive(Debug, Default)]
pub struct Reach {
    links: HashMap<String, Link>,
    /// A limit stopped the walk: files not reached may still be.
    pub incomplete: bool,
}

impl Reach {
    pub fn contains(&self, path: &str) -> bool {
        self.links.contains_key(path)
    }

    /// How `path` is reached, for people: `imported by a ← b ← c (why c)`, with paths
    /// relative to `root`; or `an entry: why`.
    pub fn chain(&self, root: &str, path: &str) -> Option<String> {
        let show = |p: &str| relative(root, p).unwrap_or(p).to_string();
        let mut hops = Vec::new();
        let mut at = path.to_string();
        for _ in 0..64 {
            match self.links.get(&at)? {
                Link::Entry(why) if hops.is_empty() => return Some(format!("an entry: {why}")),
                Link::Entry(why) => {
                    let n = hops.len();
                    let shown: Vec<String> = if n > 6 {
                        let mut v: Vec<String> = hops[..3].to_vec();
                        v.push("…".into());
                        v.extend(hops[n - 2..].iter().cloned());
                        v
                    } else {
                        hops
                    };
                    // An entry's reason may start with its own name (`index.html (Vite
                    // entry)`): said once, after the path.
                    let last = shown
                        .last()
                        .map_or("", |p| p.rsplit('/').next().unwrap_or(p));
                    let why = why
                        .strip_prefix(last)
                        .and_then(|w| w.strip_prefix(" ("))
                        .and_then(|w| w.strip_suffix(')'))
                        .filter(|_| !last.is_empty())
                        .unwrap_or(why);
                    return Some(format!("imported by {} ({why})", shown.join(" ← ")));
                }
                Link::From(p) => {
                    hops.push(show(p));
                    at = p.clone();
                }
            }
        }
        None
    }
}

/// Walks from `entries` (path, why each is an entry) through their imports.
pub fn reach(
    tree: &dyn Tree,
    resolver: &Resolvers,
    root: &str,
    entries: &[(String, String)],
    side: Side,
) -> Reach {
    let mut r = Reach::default();
    let mut queue: VecDeque<String> = VecDeque::new();
    for (path, why) in entries {
        if tree.kind(path) == Some(false) && !r.links.contains_key(path) {
            r.links.insert(path.clone(), Link::Entry(why.clone()));
            queue.push_back(path.clone());
        }
    }
    let mut bytes = 0u64;
    while let Some(file) = queue.pop_front() {
        if r.links.len() > MAX_FILES || bytes > MAX_BYTES {
            r.incomplete = true;
            break;
        }
        let Some(src) = tree.read(&file, READ_LIMIT) else {
            continue;
        };
        bytes += src.len() as u64;
        // A "use server" module (Next.js Server Actions) reaches the client only as a
        // reference: what it imports stays on the server
        // (https://react.dev/reference/rsc/use-server).
        if side == Side::Client
            && crate::directive(&src[..src.len().min(crate::HEAD)]) == Some("use server")
        {
            continue;
        }
        for spec in specifiers(&file, &src, side) {
            let Some(found) = target(resolver, root, &file, &spec) else {
                continue;
            };
            if !r.links.contains_key(&found) {
                r.links.insert(found.clone(), Link::From(file.clone()));
                queue.push_back(found);
            }
        }
    }
    r
}

/// The file a specifier of `file` resolves to: `/x` from a page is the project root's.
fn target(resolver: &Resolvers, root: &str, file: &str, spec: &str) -> Option<String> {
    let spec = spec.split(['?', '#']).next().unwrap_or(spec);
    if spec.is_empty()
        || spec.contains("://")
        || spec.starts_with("data:")
        || spec.starts_with("virtual:")
        || spec.starts_with("node:")
    {
        return None;
    }
    if let Some(rest) = spec.strip_prefix('/') {
        // A root-relative URL in a page (Vite, static servers): the project's file.
        let abs = join(root, rest);
        return resolve(resolver, file, &abs);
    }
    resolve(resolver, file, spec)
}

/// What a file imports, by its kind; on the server side an Astro component's
/// frontmatter, on the client side its scripts and its islands (`client:*`).
pub fn specifiers(path: &str, src: &[u8], side: Side) -> Vec<String> {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    let in_js = |code: &[u8], out: &mut Vec<String>| {
        let toks = js::lex(code);
        out.extend(js::imports(code, &toks).into_iter().map(|i| i.spec));
    };
    let mut out = Vec::new();
    match ext {
        "html" | "htm" => {
            // A page's URLs are relative to the page: `src="config.js"` is the file
            // beside it, not a package.
            let page_relative = |url: &str| {
                if url.starts_with(['.', '/']) || url.contains("://") || url.contains(':') {
                    url.to_string()
                } else {
                    format!("./{url}")
                }
            };
            for s in sfc::scripts(src) {
                match &s.src {
                    Some(url) => out.push(page_relative(url)),
                    None if s.module_or_classic => in_js(&src[s.content], &mut out),
                    None => {}
                }
            }
            out.extend(sfc::module_preloads(src).iter().map(|u| page_relative(u)));
        }
        "vue" | "svelte" => {
            for s in sfc::scripts(src) {
                in_js(&src[s.content], &mut out);
            }
        }
        "astro" => astro(src, side, &mut out),
        "js" | "mjs" | "cjs" | "jsx" | "ts" | "mts" | "cts" | "tsx" => in_js(src, &mut out),
        _ => {}
    }
    out
}

/// An Astro component: its frontmatter runs on the server; on the client are its
/// `<script>` blocks and the components it hydrates (`<Chat client:load />`).
fn astro(src: &[u8], side: Side, out: &mut Vec<String>) {
    let fm = sfc::frontmatter(src);
    let imports: Vec<(String, String)> = fm
        .clone()
        .map(|r| frontmatter_imports(&src[r]))
        .unwrap_or_default();
    match side {
        Side::Server => out.extend(imports.into_iter().map(|(_, spec)| spec)),
        Side::Client => {
            for s in sfc::scripts(src) {
                let toks = js::lex(&src[s.content.clone()]);
                out.extend(
                    js::imports(&src[s.content.clone()], &toks)
                        .into_iter()
                        .map(|i| i.spec),
                );
            }
            let body = &src[fm.map_or(0, |r| r.end)..];
            let named = imports.into_iter().filter(|(n, _)| !n.is_empty());
            // A crafted page with thousands of imports must not make this quadratic.
            for (name, spec) in named.take(256) {
                let tag = format!("<{name} ");
                let mut from = 0;
                while let Some(at) = memchr::memmem::find(&body[from..], tag.as_bytes()) {
                    let at = from + at;
                    let end = memchr::memchr(b'>', &body[at..]).map_or(body.len(), |k| at + k);
                    if memchr::memmem::find(&body[at..end], b" client:").is_some() {
                        out.push(spec.clone());
                        break;
                    }
                    from = at + 1;
                }
            }
        }
    }
}

/// `import Name from "spec"` lines of a frontmatter: (Name, spec).
fn frontmatter_imports(code: &[u8]) -> Vec<(String, String)> {
    let toks = js::lex(code);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.kind == js::Tok::Ident && js::text(code, t) == b"import" {
            let Some(name) = toks.get(i + 1).filter(|n| n.kind == js::Tok::Ident) else {
                continue;
            };
            let from = toks
                .get(i + 2)
                .is_some_and(|f| js::text(code, f) == b"from");
            if let (true, Some(spec)) = (
                from,
                toks.get(i + 3).and_then(|s| js::string_value(code, s)),
            ) {
                out.push((
                    String::from_utf8_lossy(js::text(code, name)).into_owned(),
                    spec,
                ));
            }
        }
    }
    // Named and namespace imports are found by the general scan.
    let all = js::imports(code, &toks);
    for imp in all {
        if !out.iter().any(|(_, s)| *s == imp.spec) {
            out.push((String::new(), imp.spec));
        }
    }
    out
}
