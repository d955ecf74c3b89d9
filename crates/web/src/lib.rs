//! keyfence's served-site source: what a browser loads from a deployed site.
//!
//! [`crawl::crawl`] starts from pages and fetches, on the allowed hosts only and
//! within every bound, what they make a browser load: scripts (`<script src>`,
//! preloads, static and dynamic imports, webpack and Next.js chunk maps), workers and
//! what they import, the web app manifest, JSON, and source maps. Each document goes
//! to a [`crawl::Visitor`], which scans it with the same per-blob step as every other
//! source; each original source a source map embeds goes there too, as a file of its
//! own. Links are read by hand-written one-pass readers ([`links`], [`webpack`]) and
//! maps by [`sourcemap`]; the network is [`http`] (ureq on rustls with ring).
//!
//! [`verify`] asks Z.ai whether a found key is still accepted (`--verify`).
//!
//! Nothing here runs unless the user asks for `keyfence url` or verification: the
//! network is used by nothing else.
#![forbid(unsafe_code)]

pub mod crawl;
pub mod http;
pub mod links;
pub mod sourcemap;
pub mod verify;
pub mod webpack;

pub use crawl::{crawl, AllowedHost, Bounds, CrawlOutcome, Served, Visitor};
pub use http::{Client, ClientOptions};
pub use links::Kind;

#[cfg(test)]
mod tests {
    //! The readers on seeded random documents built from the tokens they look for:
    //! no panic, bounded output (the fuzz target `web` does the same without end).

    use std::collections::BTreeSet;

    use url::Url;

    const TOKENS: &[&str] = &[
        "<script",
        "<script src=",
        "</script>",
        "<link rel=modulepreload href=",
        "<base href=",
        "<!--",
        "-->",
        "\"",
        "'",
        "`",
        ">",
        "/",
        "./",
        "../",
        "a.js",
        ".js",
        ".json",
        ".map",
        "import(",
        "importScripts(",
        "serviceWorker.register(",
        ".u=",
        "e=>",
        "function(e){return",
        "+",
        "{1:\"x\"}",
        "[e]",
        "||e",
        ".e(",
        "1",
        ")",
        ".p=\"/x/\"",
        "//# sourceMappingURL=",
        "data:application/json;base64,",
        "{\"sources\":[",
        "\"sourcesContent\":[",
        "\"mappings\":\"",
        "AAAA",
        ";",
        ",",
        "]",
        "}",
        "\\",
        "\u{1b}",
        "é",
        "static/chunks/",
        "https://h.test/",
    ];

    #[test]
    fn random_documents_end_with_bounded_output() {
        let cur = Url::parse("https://site.test/static/js/main.js").unwrap();
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..3000 {
            let mut doc = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let n = (seed % 60) as usize;
            for k in 0..n {
                let x = seed.rotate_left(k as u32 * 7) as usize;
                doc.push_str(TOKENS[x % TOKENS.len()]);
            }
            let b = doc.as_bytes();
            let page = crate::links::html(b, &cur);
            assert!(page.links.links.len() <= crate::links::MAX_LINKS);
            let mut links = crate::links::Links::default();
            crate::links::code(b, &cur, &mut links);
            let _ = crate::links::source_map_ref(b);
            let mut ids = BTreeSet::new();
            crate::webpack::chunk_ids(b, &mut ids);
            for t in crate::webpack::templates(b) {
                for id in &ids {
                    let _ = t.name(id);
                }
            }
            if let Ok(m) = crate::sourcemap::SourceMap::parse(b) {
                assert_eq!(m.originals(&[(1, 1), (2, 5)]).len(), 2);
            }
            let _ = crate::sourcemap::data_url(&doc);
        }
    }
}
