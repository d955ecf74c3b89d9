//! Throughput on hostile input: every byte pattern that makes a scanner do extra work
//! (runs of hex, base64 with its trigger words, `eyJ` and JWT near misses, dots,
//! quotes and `+`, `\u00` escapes, `%2E`, NUL-dot-NUL, one huge line, many short
//! lines), scanned with the decoders on, one thread, as a file is.
//!
//! Each input holds keys planted at known places; the answer is checked before the
//! time counts (every planted key found, nothing else), then the median MB/s of three runs is reported. The
//! slowest input is the floor: it must stay above 300 MB/s a thread.
//!
//! Run: `cargo bench --bench adversarial` (`-- MB` sets the size of each input; 32 by
//! default; other words pick the inputs whose names hold them). Fails when an answer is
//! wrong.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

use common::{b64url, key, Rng};
use keyfence_matcher::RuleMatcher;
use keyfence_scan::flow::FlowMode;
use keyfence_scan::read::{Origin, NO_PROJECT};
use keyfence_scan::{FileScanner, Scratch};

/// A planted key every this many bytes.
const PLANT_EVERY: usize = 4 << 20;

/// A generator of `len` bytes of one hostile input.
type Make = fn(&mut Rng, usize) -> Vec<u8>;

/// Runs per input; the median is reported.
const RUNS: usize = 3;

/// The hostile inputs: a name and a generator (keys are planted after).
fn inputs() -> Vec<(&'static str, Make)> {
    vec![
        ("all-hex, one line", |r, n| fill(r, n, b"0123456789abcdef")),
        ("base64 with marks", |r, n| {
            let mut v = fill(
                r,
                n,
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
            );
            for i in (0..n.saturating_sub(8)).step_by(977) {
                v[i..i + 6].copy_from_slice(b"base64");
            }
            v
        }),
        ("eyJ runs", |_, n| {
            b"eyJ".iter().cycle().take(n).copied().collect()
        }),
        ("JWT near misses", |r, n| {
            let mut v = Vec::with_capacity(n);
            while v.len() < n {
                v.extend_from_slice(b"eyJ");
                v.extend(fill(
                    r,
                    40,
                    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
                ));
                v.extend_from_slice(b".eyJ");
                v.extend(fill(
                    r,
                    60,
                    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
                ));
                v.push(b'.');
                v.extend(fill(r, 8, b"abcdef"));
                v.push(b' ');
            }
            v.truncate(n);
            v
        }),
        ("SDK JWTs, no api_key", |r, n| {
            // A valid SDK header and a payload of many small fields: the validator's
            // worst case.
            let header = b64url(br#"{"alg":"HS256","sign_type":"SIGN"}"#);
            let mut v = Vec::with_capacity(n);
            while v.len() < n {
                let fields: Vec<String> = (0..100)
                    .map(|k| format!(r#""f{k}":[{},{{}},"x"]"#, r.next() % 1000))
                    .collect();
                let payload = b64url(format!("{{{}}}", fields.join(",")).as_bytes());
                v.extend_from_slice(header.as_bytes());
                v.push(b'.');
                v.extend_from_slice(&payload.as_bytes()[..payload.len().min(1990)]);
                v.push(b'.');
                v.extend(fill(r, 43, b"abcdefghijklmnopqrstuvwxyz0123456789-_"));
                v.push(b'\n');
            }
            v.truncate(n);
            v
        }),
        ("UTF-16 key-shaped runs", |r, n| {
            let mut v = Vec::with_capacity(n);
            while v.len() < n {
                for &c in fill(r, 16, b"0123456789abcdef").iter().chain(b".") {
                    v.extend_from_slice(&[c, 0]);
                }
            }
            v.truncate(n);
            v
        }),
        ("hex runs and dots", |r, n| {
            let mut v = Vec::with_capacity(n);
            while v.len() < n {
                v.extend(fill(r, 32, b"0123456789abcdef"));
                v.push(b'.');
                v.extend(fill(r, 15, b"abcdefABCDEF012"));
                v.push(b'.');
            }
            v.truncate(n);
            v
        }),
        ("quotes and plus", |_, n| {
            b"\"ab\" + \"cd\" '"
                .iter()
                .cycle()
                .take(n)
                .copied()
                .collect()
        }),
        ("\\u00 runs", |_, n| {
            b"\\u0030\\u0031\\u0032"
                .iter()
                .cycle()
                .take(n)
                .copied()
                .collect()
        }),
        ("%2E runs", |_, n| {
            b"ab%2Ecd%2e".iter().cycle().take(n).copied().collect()
        }),
        ("NUL dot NUL", |_, n| {
            b"a\0.\0".iter().cycle().take(n).copied().collect()
        }),
        ("many short lines", |r, n| {
            let mut v = Vec::with_capacity(n);
            while v.len() < n {
                v.extend(fill(r, 7, b"0123456789abcdef.\""));
                v.push(b'\n');
            }
            v.truncate(n);
            v
        }),
    ]
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn fill(r: &mut Rng, n: usize, alphabet: &[u8]) -> Vec<u8> {
    (0..n).map(|_| r.pick(alphabet)).collect()
}

/// Plants a key (on its own line, between spaces) every [`PLANT_EVERY`] bytes;
/// returns the keys.
fn plant(data: &mut Vec<u8>, seed: u64) -> Vec<String> {
    let mut keys = Vec::new();
    let mut at = PLANT_EVERY / 2;
    while at + 64 < data.len() {
        let k = key(seed + keys.len() as u64);
        let planted = format!("\n {k} \n");
        data.splice(at..at + planted.len(), planted.bytes());
        keys.push(k);
        at += PLANT_EVERY;
    }
    keys
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let mb: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(32);
    let only: Vec<&String> = args
        .iter()
        .filter(|a| a.parse::<usize>().is_err())
        .collect();
    let rules = common::builtin_rules();
    let matcher = RuleMatcher::new(&rules).unwrap();
    let scanner = FileScanner::new(&matcher);
    let plain = FileScanner::new(&matcher).with_decoding(false);
    let mut scratch = Scratch::new();
    let mut slowest = f64::MAX;
    let mut failed = false;
    println!(
        "{:<22} {:>8} {:>10} {:>18}",
        "input", "MB", "MB/s", "MB/s, no decoders"
    );
    for (i, (name, make)) in inputs().into_iter().enumerate() {
        if !only.is_empty() && !only.iter().any(|o| name.contains(o.as_str())) {
            continue;
        }
        let mut rng = Rng::new(1000 + i as u64);
        let mut data = make(&mut rng, mb << 20);
        let keys = plant(&mut data, 7000 + 100 * i as u64);
        let origin = Origin {
            name: "",
            path: &|| Some("input".to_string()),
            project: &NO_PROJECT,
            flows: FlowMode::Judge,
        };
        let mut found = Vec::new();
        let mut times = Vec::new();
        let mut plain_times = Vec::new();
        for run in 0..RUNS {
            let t = Instant::now();
            scanner
                .scan_reader(&data[..], &origin, &mut scratch, &mut |f| {
                    if run == 0 {
                        found.push(f);
                    }
                })
                .unwrap();
            times.push(t.elapsed().as_secs_f64());
            let t = Instant::now();
            plain
                .scan_reader(&data[..], &origin, &mut scratch, &mut |_| {})
                .unwrap();
            plain_times.push(t.elapsed().as_secs_f64());
        }
        let secs = median(&mut times);
        let plain_rate = data.len() as f64 / 1e6 / median(&mut plain_times);
        let mut got: Vec<&str> = found.iter().map(|f| f.secret_str()).collect();
        got.sort();
        let mut want: Vec<&str> = keys.iter().map(String::as_str).collect();
        want.sort();
        let ok = got == want;
        failed |= !ok;
        let rate = data.len() as f64 / 1e6 / secs;
        slowest = slowest.min(rate);
        println!(
            "{name:<22} {:>8.1} {rate:>10.1} {plain_rate:>18.1}{}",
            data.len() as f64 / 1e6,
            if ok {
                String::new()
            } else {
                format!(
                    "  WRONG: found {} of {} keys ({} findings)",
                    got.iter().filter(|g| want.contains(g)).count(),
                    want.len(),
                    got.len()
                )
            }
        );
    }
    println!("slowest: {slowest:.1} MB/s (floor: 300 MB/s a thread)");
    if failed {
        std::process::exit(1);
    }
}
