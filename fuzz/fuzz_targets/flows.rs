//! Flows on arbitrary bytes, as each kind of file that flows are looked for in (an env
//! file, a workflow, a Dockerfile, a build configuration, client code, an app
//! manifest): no panic, and the lines the detector reads stay within a small multiple
//! of the input. The first byte picks the kind.
//!
//! Run: `cargo fuzz run flows` (see README "Fuzzing").
#![no_main]

use std::sync::LazyLock;

use keyfence_matcher::{work, RuleMatcher};
use keyfence_rules::RuleSet;
use keyfence_scan::flow::FlowMode;
use keyfence_scan::read::{Origin, NO_PROJECT};
use keyfence_scan::{FileScanner, Scratch};
use libfuzzer_sys::fuzz_target;

static MATCHER: LazyLock<RuleMatcher> = LazyLock::new(|| {
    let mut set = RuleSet::new();
    set.add_toml("builtin:zai.toml", include_str!("../../patterns/zai.toml"))
        .expect("built-in rules parse");
    set.add_toml(
        "builtin:zai-flows.toml",
        include_str!("../../patterns/zai-flows.toml"),
    )
    .expect("built-in flows parse");
    RuleMatcher::new(&set).unwrap()
});

const PATHS: &[&str] = &[
    ".env",
    ".github/workflows/deploy.yml",
    "Dockerfile",
    "vite.config.ts",
    "src/App.vue",
    "ios/App/Info.plist",
    "docker-compose.yml",
    "README.md",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let path = PATHS[pick as usize % PATHS.len()];
    let name = path.rsplit('/').next().unwrap_or(path);
    let scanner = FileScanner::new(&MATCHER);
    let origin = Origin {
        name,
        path: &|| Some(path.to_string()),
        project: &NO_PROJECT,
        flows: FlowMode::Judge,
    };
    let mut scratch = Scratch::new();
    work::take();
    scanner
        .scan_reader(bytes, &origin, &mut scratch, &mut |f| {
            assert!(f.secret.is_some() || f.target.is_some());
        })
        .unwrap();
    let w = work::take();
    let n = bytes.len() as u64 + 4096;
    assert!(w.flows <= 4 * n, "flows read {w:?} for {n} bytes");
});
