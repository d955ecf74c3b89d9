//! Peak memory on hostile input: each reproduction of a way to make a scanner huge
//! (tests/common/hostile.rs, larger than the tests make them) written to a temporary
//! folder and scanned by the release binary with `--threads 2`; the child's peak RSS
//! (from `wait4`) is reported per input and must stay under 256 MiB. Every input holds
//! a planted key (or a known number of them) that must be found, so a fast answer that
//! missed them fails too.
//!
//! Run: `cargo bench --bench hostile_rss` (builds the release binary first). `-- MB`
//! scales the large inputs (64 by default).

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::hostile;
use common::key;

const LIMIT_KB: i64 = 256 * 1024;

/// One case: its name, the files it writes, the extra arguments and the keys to find.
struct Case {
    name: &'static str,
    args: Vec<String>,
    keys: usize,
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Runs the binary through a fresh copy of this program (`--measure`), so that the
/// peak it reports is that one run's; returns (peak RSS in KiB, findings, exit status).
fn run(bin: &Path, args: &[String]) -> (i64, usize, i32) {
    let out = Command::new(std::env::current_exe().unwrap())
        .arg("--measure")
        .arg(bin)
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let mut f = text.split_whitespace().map(|w| w.parse::<i64>().unwrap());
    let (kb, found, code) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
    (kb, found as usize, code as i32)
}

/// `--measure BIN COMMAND ARGS...`: runs `BIN COMMAND --threads 2 --format jsonl
/// ARGS...`, then prints its peak RSS (KiB, the largest of this process's children),
/// its findings and its exit status.
fn measure(bin: &str, args: &[String]) {
    let out = Command::new(bin)
        .arg(&args[0])
        .args(["--threads", "2", "--format", "jsonl"])
        .args(&args[1..])
        .stderr(std::process::Stdio::null())
        .output()
        .unwrap();
    // SAFETY: an all-zero rusage is valid, and getrusage fills it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the pointer is valid for the call.
    assert_eq!(
        unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) },
        0
    );
    let findings = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    println!(
        "{} {findings} {}",
        usage.ru_maxrss,
        out.status.code().unwrap_or(-1)
    );
}

fn cases(dir: &Path, mb: usize) -> Vec<Case> {
    let big = mb << 20;
    let mut out = Vec::new();
    let file = |name: &'static str, bytes: Vec<u8>, keys: usize| {
        let p = write(dir, name, &bytes);
        Case {
            name,
            args: vec!["scan".into(), p.display().to_string()],
            keys,
        }
    };
    out.push(file("hex-line.txt", hostile::hex_line(big, 1).0, 1));
    out.push(file(
        "nested-base64.txt",
        hostile::nested_base64(16 << 20, 2),
        0,
    ));
    let mut u = hostile::repeat(b"\\u0030\\u0031\\u0032", big);
    hostile::plant(&mut u, &format!("\n{}\n", key(3)));
    out.push(file("u00-runs.txt", u, 1));
    let mut p = hostile::repeat(b"ab%2Ecd%2e", big);
    hostile::plant(&mut p, &format!("\n{}\n", key(4)));
    out.push(file("percent-runs.txt", p, 1));
    let mut z = hostile::repeat(b"a\0.\0", big);
    hostile::plant(&mut z, &format!("\n{}\n", key(5)));
    out.push(file("nul-dot-nul.bin", z, 1));
    let mut j = hostile::jwt_near_misses(big, 6);
    hostile::plant(&mut j, &format!("\n{}\n", key(6)));
    out.push(file("jwt-near-misses.txt", j, 1));
    out.push(file(
        "overlapping.zip",
        hostile::overlapping_zip(20_000, &key(7)),
        1,
    ));
    out.push(file("truncated.zip", hostile::truncated_zip(&key(8)), 1));
    out.push(file(
        "many-entries.zip",
        hostile::many_entries_zip(500_000, 500_000, &key(9)),
        1,
    ));
    // Four nested zips, two threads: each level once held in memory per thread.
    let nested: Vec<String> = (0..4)
        .map(|i| {
            let name = format!("nested{i}.zip");
            write(dir, &name, &hostile::nested_zips(4, &key(10 + i), 8 << 20))
                .display()
                .to_string()
        })
        .collect();
    out.push(Case {
        name: "4 nested zips",
        args: [vec!["scan".to_string()], nested].concat(),
        keys: 4,
    });
    // A user rule whose rejected candidates once made the scan quadratic.
    let rules = write(
        dir,
        "long.toml",
        b"[[rules]]\nid = \"long-k\"\nname = \"K\"\ndescription = \"d\"\n\
          pattern = 'k[a-z]{16,4000}'\nexamples = [\"kqwhfbzkeuxmvpdsla\"]\n",
    );
    let ks = write(dir, "k.txt", &vec![b'k'; 16 << 20]);
    out.push(Case {
        name: "k{16,4000} on k",
        args: vec![
            "scan".into(),
            "--rules".into(),
            rules.display().to_string(),
            ks.display().to_string(),
        ],
        keys: 0,
    });
    // The most excludes a config may list.
    let cfg_dir = dir.join("config");
    std::fs::create_dir_all(&cfg_dir).unwrap();
    let globs: Vec<String> = (0..4096).map(|i| format!("\"d{i}/**/*.min.js\"")).collect();
    write(
        &cfg_dir,
        ".keyfence.toml",
        format!("[scan]\nexclude = [{}]\n", globs.join(",")).as_bytes(),
    );
    write(
        &cfg_dir,
        "app.js",
        format!("k = \"{}\"\n", key(20)).as_bytes(),
    );
    out.push(Case {
        name: "4096 excludes",
        args: vec!["scan".into(), cfg_dir.display().to_string()],
        keys: 1,
    });
    // A pack of 32 KiB whose delta makes a blob of 2 GiB, read to --max-blob-size
    // (1 GiB by default): streamed, never held.
    let repo = dir.join("delta-bomb");
    std::fs::create_dir_all(&repo).unwrap();
    common::git(&repo, &["init", "-q", "-b", "main"]);
    let head = format!("k = \"{}\"\n", key(21));
    if hostile::delta_bomb_repo(&repo, &head, 32_768).is_some() {
        out.push(Case {
            name: "git: 2 GiB delta",
            args: vec!["git".into(), repo.display().to_string()],
            keys: 1,
        });
    } else {
        eprintln!("the git delta case is left out: no sha1sum");
    }
    // Trees that name one folder 1,000 times, three deep: a billion paths to one blob.
    let repo = dir.join("tree-bomb");
    std::fs::create_dir_all(&repo).unwrap();
    common::git(&repo, &["init", "-q", "-b", "main"]);
    hostile::tree_bomb_repo(&repo, &format!("k = \"{}\"\n", key(22)), 1000, 3);
    out.push(Case {
        name: "git: 1000^3 paths",
        args: vec!["git".into(), repo.display().to_string()],
        keys: 1,
    });
    round_three(dir, &mut out);
    out
}

/// The third round (issue 32): repeats past what is reported, a run's worth of distinct
/// keys in one file, deep and repeated trees in a range, a key before a bomb's zeros.
fn round_three(dir: &Path, out: &mut Vec<Case>) {
    let k = key(30);
    let line = format!("\"{k}\",\n");
    let repeated = line.repeat(1_000_000);
    let p = write(dir, "one-key-1m.js", repeated.as_bytes());
    out.push(Case {
        name: "1 key 1,000,000 times",
        args: vec!["scan".into(), p.display().to_string()],
        keys: 100,
    });
    let repo = dir.join("repeats-repo");
    std::fs::create_dir_all(&repo).unwrap();
    common::git(&repo, &["init", "-q", "-b", "main"]);
    common::commit(&repo, "keys.js", &repeated, "keys");
    out.push(Case {
        name: "git: 1 key 1M times",
        args: vec!["git".into(), repo.display().to_string()],
        keys: 1,
    });
    let mut distinct = String::new();
    for i in 0..500_000u64 {
        distinct.push_str(&format!("k{i}=\"{}\"\n", key(2_000_000 + i)));
    }
    let p = write(dir, "distinct-500k.txt", distinct.as_bytes());
    out.push(Case {
        name: "500,000 distinct keys",
        args: vec!["scan".into(), p.display().to_string()],
        keys: 10_000,
    });
    let head = |name: &str, build: &dyn Fn(&Path)| {
        let repo = dir.join(name);
        std::fs::create_dir_all(&repo).unwrap();
        common::git(&repo, &["init", "-q", "-b", "main"]);
        let base = common::commit(&repo, "README.md", "hello\n", "base");
        build(&repo);
        Case {
            name: if name == "deep-range" {
                "range: 20,000 deep"
            } else {
                "range: 1000^3 paths"
            },
            args: vec![
                "git".into(),
                "--range".into(),
                format!("{base}..main"),
                repo.display().to_string(),
            ],
            keys: 1,
        }
    };
    out.push(head("deep-range", &|r| {
        hostile::deep_tree_repo(r, &format!("k = \"{}\"\n", key(31)), 20_000)
    }));
    out.push(head("bomb-range", &|r| {
        hostile::tree_bomb_repo(r, &format!("k = \"{}\"\n", key(32)), 1000, 3);
    }));
    let mut member = format!("k = \"{}\"\n", key(33)).into_bytes();
    member.extend(std::iter::repeat_n(0u8, 3 << 20));
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("app/config.js", opts).unwrap();
    std::io::Write::write_all(&mut zip, &member).unwrap();
    let p = write(
        dir,
        "key-then-zeros.zip",
        &zip.finish().unwrap().into_inner(),
    );
    out.push(Case {
        name: "key, then 3 MB of 0",
        args: vec!["scan".into(), p.display().to_string()],
        keys: 1,
    });
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--measure") {
        return measure(&args[1], &args[2..]);
    }
    let mb: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(64);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let status = Command::new("cargo")
        .args(["build", "--release", "--locked", "--bin", "keyfence"])
        .current_dir(root)
        .status()
        .unwrap();
    assert!(status.success());
    let bin = root.join("target/release/keyfence");
    let dir = tempfile::TempDir::new().unwrap();
    let cases = cases(dir.path(), mb);
    println!(
        "{:<22} {:>10} {:>9} {:>5}",
        "input", "peak MiB", "findings", "exit"
    );
    let mut failed = false;
    let mut worst = 0;
    for c in &cases {
        let (kb, found, code) = run(&bin, &c.args);
        let ok = kb < LIMIT_KB && found == c.keys && code != 2;
        failed |= !ok;
        worst = worst.max(kb);
        println!(
            "{:<22} {:>10.1} {:>9} {:>5}{}",
            c.name,
            kb as f64 / 1024.0,
            found,
            code,
            if ok {
                String::new()
            } else {
                format!("  FAIL (want {} findings, under 256 MiB)", c.keys)
            }
        );
    }
    println!(
        "highest peak: {:.1} MiB (limit 256 MiB)",
        worst as f64 / 1024.0
    );
    if failed {
        std::process::exit(1);
    }
}
