//! Chunked reading: keys on every chunk edge are found once, with the right line and
//! column, in files of any size and with lines of any length.

mod common;

use std::io::{self, Read};

use common::{builtin_rules, key, Rng};
use keyfence_matcher::RuleMatcher;
use keyfence_model::Finding;
use keyfence_scan::flow::FlowMode;
use keyfence_scan::read::{Origin, NO_PROJECT};
use keyfence_scan::{FileScanner, Scratch};

fn scan(scanner: &FileScanner, data: &[u8]) -> Vec<Finding> {
    let mut out = Vec::new();
    let origin = Origin {
        name: "",
        path: &|| Some("f".to_string()),
        project: &NO_PROJECT,
        flows: FlowMode::Judge,
    };
    scanner
        .scan_reader(data, &origin, &mut Scratch::new(), &mut |f| out.push(f))
        .unwrap();
    out
}

/// A reader that hands out at most `step` bytes per call, like a pipe.
struct Trickle<'a> {
    data: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

/// Expected (line, column) of every key, computed the slow way.
fn positions(data: &[u8], keys: &[String]) -> Vec<(u64, u64)> {
    let mut out = Vec::new();
    for k in keys {
        let mut from = 0;
        while let Some(i) = find(&data[from..], k.as_bytes()) {
            let at = from + i;
            let line = data[..at].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
            let line_start = data[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            out.push((line, (at - line_start) as u64 + 1));
            from = at + 1;
        }
    }
    out.sort();
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[test]
fn keys_across_chunk_edges_are_found_once_with_their_positions() {
    let rules = builtin_rules();
    let matcher = RuleMatcher::new(&rules).unwrap();
    // The smallest chunk the scanner allows, so that edges are everywhere.
    let scanner = FileScanner::with_chunk_size(&matcher, 1);
    let mut rng = Rng::new(31);
    let keys: Vec<String> = (0..4).map(|i| key(100 + i)).collect();
    for round in 0..40 {
        let mut data = Vec::new();
        while data.len() < 80_000 {
            match rng.below(5) {
                0 => data.extend_from_slice(keys[rng.below(keys.len())].as_bytes()),
                1 => data.push(b'\n'),
                2 => data.extend_from_slice(b"\r\n"),
                _ => data.extend_from_slice(rng.run(b"abc .=\"'", 1, 300).as_bytes()),
            }
            data.push(b' ');
        }
        let expected = positions(&data, &keys);
        for reader_step in [usize::MAX, 4093, 1] {
            let found: Vec<(u64, u64)> = if reader_step == usize::MAX {
                scan(&scanner, &data)
            } else {
                let mut out = Vec::new();
                scanner
                    .scan_reader(
                        Trickle {
                            data: &data,
                            step: reader_step,
                        },
                        &Origin {
                            name: "",
                            path: &|| None,
                            project: &NO_PROJECT,
                            flows: FlowMode::Judge,
                        },
                        &mut Scratch::new(),
                        &mut |f| out.push(f),
                    )
                    .unwrap();
                out
            }
            .iter()
            .map(|f| (f.line, f.column))
            .collect();
            assert_eq!(found, expected, "round {round}, step {reader_step}");
        }
    }
}

#[test]
fn a_key_at_every_offset_around_a_chunk_edge() {
    let rules = builtin_rules();
    let matcher = RuleMatcher::new(&rules).unwrap();
    let scanner = FileScanner::with_chunk_size(&matcher, 1);
    let k = key(40);
    // Two edges matter: where a chunk ends, and where its reported part ends.
    let chunk = scanner.chunk_size();
    for edge in [chunk, chunk - keyfence_scan::read::OVERLAP] {
        for shift in 0..120 {
            let pad = edge - 60 + shift;
            let mut data = vec![b'x'; pad];
            data.push(b'\n');
            data.extend_from_slice(k.as_bytes());
            data.extend_from_slice(b"\n tail");
            let found = scan(&scanner, &data);
            assert_eq!(found.len(), 1, "edge {edge}, shift {shift}");
            assert_eq!((found[0].line, found[0].column), (2, 1), "shift {shift}");
            assert_eq!(found[0].offset as usize, pad + 1);
        }
    }
}
/// An encoding's name, the text before the encoded key, the encoded key, the text after.
type Disguise = (&'static str, &'static [u8], Vec<u8>, &'static [u8]);

#[test]
fn a_disguised_key_at_every_offset_around_a_chunk_edge() {
    use base64::Engine;
    let rules = builtin_rules();
    let matcher = RuleMatcher::new(&rules).unwrap();
    let scanner = FileScanner::with_chunk_size(&matcher, 1);
    let k = key(41);
    let b64 = base64::engine::general_purpose::STANDARD.encode(format!("key={k}"));
    let escaped: String = k.chars().map(|c| format!("\\u{:04x}", c as u32)).collect();
    let utf16: Vec<u8> = k.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    // (encoding, text before, the encoded key, text after): the mark that sets the
    // decoder off is before, inside or after the encoded text.
    let cases: Vec<Disguise> = vec![
        ("escape", b"k = \"", escaped.into_bytes(), b"\";"),
        (
            "escape",
            b"k = '",
            k.replace('.', "\\x2e").into_bytes(),
            b"'",
        ),
        (
            "percent",
            b"?key=",
            k.replace('.', "%2E").into_bytes(),
            b"&x=1",
        ),
        ("base64", b"atob(\"", b64.clone().into_bytes(), b"\")"),
        (
            "base64",
            b"Buffer.from(\"",
            b64.into_bytes(),
            b"\", \"base64\")",
        ),
        (
            "concatenation",
            b"k = \"",
            format!("{}\" + \"{}", &k[..20], &k[20..]).into_bytes(),
            b"\";",
        ),
        ("utf-16le", b"\xff\xfe", utf16, b"\0\0"),
    ];
    // The edge that matters: where a chunk's reported part ends, and the next
    // chunk's starts.
    let edge = scanner.chunk_size() - keyfence_scan::read::OVERLAP;
    for (encoding, before, encoded, after) in &cases {
        for shift in (0..encoded.len() + before.len() + after.len() + 80).step_by(3) {
            let pad = edge + 40 - shift;
            let mut data = vec![b'x'; pad];
            data.push(b'\n');
            data.extend_from_slice(before);
            let start = data.len();
            data.extend_from_slice(encoded);
            let end = data.len();
            data.extend_from_slice(after);
            // More than a chunk: the first is cut where its reported part ends.
            data.push(b'\n');
            data.resize(data.len() + scanner.chunk_size(), b'y');
            let found = scan(&scanner, &data);
            let what = format!("{encoding}, shift {shift}: {found:?}");
            assert_eq!(found.len(), 1, "{what}");
            assert_eq!(found[0].secret_str(), k, "{what}");
            assert_eq!(found[0].encoding.as_deref(), Some(*encoding), "{what}");
            let at = found[0].offset as usize;
            assert!(
                (start..end).contains(&at),
                "{what}: at {at}, not in {start}..{end}"
            );
            assert_eq!(found[0].line, 2, "{what}");
        }
    }
}

#[test]
fn a_file_larger_than_a_chunk_with_no_newline() {
    let rules = builtin_rules();
    let matcher = RuleMatcher::new(&rules).unwrap();
    let scanner = FileScanner::new(&matcher);
    let k = key(41);
    let mut data = vec![b'a'; 9 << 20];
    for at in [0usize, (4 << 20) - 20, 9 << 20] {
        let mut d = data.clone();
        d.splice(at..at, format!(" {k} ").into_bytes());
        let found = scan(&scanner, &d);
        assert_eq!(found.len(), 1, "at {at}");
        assert_eq!((found[0].line, found[0].column), (1, at as u64 + 2));
    }
    data.clear();
}
