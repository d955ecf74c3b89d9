//! The readers of served bytes (`keyfence url`) on arbitrary input: HTML pages,
//! scripts (links, webpack chunk templates and ids), source maps (with lookups of
//! places), data URLs and the stable paths of fingerprints. No panic, and what comes
//! out stays bounded: at most MAX_LINKS links a document, one answer per place asked.
//! The first byte picks the reader.
//!
//! Run: `cargo fuzz run web` (see README "Fuzzing").
#![no_main]

use std::collections::BTreeSet;

use keyfence_web::links::{self, Links, MAX_LINKS};
use keyfence_web::sourcemap::{self, SourceMap};
use keyfence_web::webpack;
use libfuzzer_sys::fuzz_target;
use url::Url;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let cur = Url::parse("https://site.test/_next/static/chunks/main-1a2b3c4d.js").unwrap();
    match pick % 5 {
        0 => {
            let page = links::html(body, &cur);
            assert!(page.links.links.len() <= MAX_LINKS);
            for r in page.scripts {
                assert!(r.start <= r.end && r.end <= body.len());
            }
        }
        1 => {
            let mut out = Links::default();
            links::code(body, &cur, &mut out);
            assert!(out.links.len() <= MAX_LINKS);
            let _ = links::source_map_ref(body);
        }
        2 => {
            let mut ids = BTreeSet::new();
            webpack::chunk_ids(body, &mut ids);
            assert!(ids.len() <= webpack::MAX_IDS);
            let templates = webpack::templates(body);
            assert!(templates.len() <= webpack::MAX_TEMPLATES);
            for t in &templates {
                for id in ids.iter().take(100) {
                    let _ = t.name(id);
                }
            }
        }
        3 => {
            if let Ok(map) = SourceMap::parse(body) {
                let at: Vec<(u64, u64)> = (0..50u64).map(|i| (i % 7 + 1, i * 13 + 1)).collect();
                assert_eq!(map.originals(&at).len(), at.len());
                for s in &map.sources {
                    assert!(!s.path.chars().any(char::is_control));
                }
            }
        }
        _ => {
            let text = String::from_utf8_lossy(body);
            let _ = sourcemap::data_url(&text);
            let _ = keyfence_model::served::stable_path(&text);
            let _ = links::resolve_token(&text, &cur, &[]);
        }
    }
});
