//! `keyfence audit --format html`: one self-contained page, rendered for repositories
//! built at run time, checked for content and for never holding a secret, and loaded
//! in headless Chromium to prove it makes no network request.

mod common;

use std::fs;
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command as Std;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::{commit, git, key, keyfence, repo};
use tempfile::TempDir;

fn render(dir: &Path) -> (Option<i32>, String) {
    let out_dir = TempDir::new().unwrap();
    let report = out_dir.path().join("report.html");
    let out = keyfence()
        .env_remove("GITHUB_ACTIONS")
        .args(["audit", "--format", "html", "--show-secrets", "--output"])
        .arg(&report)
        .arg(dir)
        .output()
        .unwrap();
    let html = fs::read_to_string(&report).unwrap();
    assert_self_contained(&html);
    (out.status.code(), html)
}

/// No script, no stylesheet or image to fetch, no URL at all.
fn assert_self_contained(html: &str) {
    let lower = html.to_ascii_lowercase();
    for bad in [
        "<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "http://", "https://",
    ] {
        assert!(!lower.contains(bad), "the report holds `{bad}`");
    }
    assert!(lower.starts_with("<!doctype html>"));
    assert!(lower.trim_end().ends_with("</html>"));
}

#[test]
fn an_empty_audit_says_nothing_was_found_and_what_was_covered() {
    let dir = repo();
    commit(dir.path(), "README.md", "hello\n", "init");
    let (code, html) = render(dir.path());
    assert_eq!(code, Some(0));
    assert!(html.contains("<h2>Nothing found</h2>"), "{html}");
    assert!(html.contains("<h2>What was scanned</h2>"));
    assert!(html.contains("1 commit reached from 1 ref "), "{html}");
    assert!(html.contains("<code>zai-api-key</code>"), "lists the rules");
    assert!(!html.contains("<svg"), "no timeline without findings");
}

#[test]
fn a_client_side_key_only_in_history() {
    let dir = repo();
    let d = dir.path();
    commit(d, "README.md", "hello\n", "init");
    let k = key(500);
    let added = commit(d, "web/dist/app.js", &format!("var k=\"{k}\";\n"), "ship");
    git(d, &["rm", "-q", "web/dist/app.js"]);
    git(d, &["commit", "-q", "-m", "unship"]);
    let (code, html) = render(d);
    assert_eq!(code, Some(1));
    assert!(!html.contains(&k), "the report holds the secret");
    assert!(
        !html.contains(&k[4..]),
        "the report holds most of the secret"
    );
    assert!(
        html.contains(&k[..4]),
        "the redacted key keeps four characters"
    );
    for card in [
        "<b>1</b>distinct key found",
        "<b>1</b>exposed client-side",
        "<b>0</b>still in the working tree",
        "<b>1</b>only in history",
    ] {
        assert!(html.contains(card), "{card}: {html}");
    }
    assert!(html.contains("<svg role=\"img\""), "a timeline");
    assert!(html.contains(&added), "the first commit");
    assert!(
        html.contains("by Ada &lt;ada@example.com&gt;"),
        "escaped author"
    );
    assert!(html.contains("in history: web/dist/app.js"));
    assert!(html.contains("Move the Z.ai calls behind a server-side endpoint"));
    assert!(html.contains("rewrite history after rotating"));
}

#[test]
fn many_keys_each_get_an_article_and_none_shows() {
    let dir = repo();
    let d = dir.path();
    let keys: Vec<String> = (510..522).map(key).collect();
    for (i, k) in keys.iter().enumerate() {
        let path = match i % 3 {
            0 => format!("web/src/c{i}.tsx"),
            1 => format!("api/s{i}.py"),
            _ => format!("notes/n{i}.txt"),
        };
        commit(d, &path, &format!("k = \"{k}\"\n"), &format!("add {i}"));
    }
    // One more with HTML-significant characters in its path.
    fs::create_dir_all(d.join("odd")).unwrap();
    fs::write(d.join("odd/<b>&.txt"), format!("{}\n", key(530))).unwrap();
    let (code, html) = render(d);
    assert_eq!(code, Some(1));
    assert_eq!(html.matches("<article").count(), 13);
    for k in keys.iter().chain([&key(530)]) {
        assert!(!html.contains(k.as_str()));
    }
    assert!(html.contains("odd/&lt;b&gt;&amp;.txt"), "paths are escaped");
    assert!(!html.contains("<b>&.txt"));
    // Client-side first.
    let first = html.find("<article").unwrap();
    assert!(
        html[first..].starts_with("<article class=\"client\""),
        "{}",
        &html[first..first + 40]
    );
}

/// Chromium, if installed (Debian's `chromium`; `.ci/run` installs it).
fn chromium() -> Option<PathBuf> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// Chromium's own services, which it calls whatever the page (component updates,
/// account checks, network time) even with background networking turned off.
const CHROMIUM_SERVICES: &[&str] = &[
    "update.googleapis.com",
    "accounts.google.com",
    "clients1.google.com",
    "clients2.google.com",
    "clientservices.googleapis.com",
    "safebrowsing.googleapis.com",
    "optimizationguide-pa.googleapis.com",
    "content-autofill.googleapis.com",
    "redirector.gvt1.com",
    "edgedl.me.gvt1.com",
];

/// The host a proxied request is for: `CONNECT host:443 ...` or `GET http://host/...`.
fn requested_host(head: &str) -> String {
    let target = head.split_whitespace().nth(1).unwrap_or_default();
    let target = target.split("://").nth(1).unwrap_or(target);
    let host = target.split(['/', ':']).next().unwrap_or_default();
    host.to_string()
}

/// Loads `page` in headless Chromium with every request sent to a local proxy that
/// records what is asked; returns the screenshot's size and the hosts the page asked
/// for (Chromium's own services left out).
fn load(chromium: &Path, page: &Path, shot: &Path) -> (u64, Vec<String>) {
    let proxy = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = proxy.local_addr().unwrap().port();
    proxy.set_nonblocking(true).unwrap();
    let hosts = Arc::new(std::sync::Mutex::new(Vec::new()));
    let done = Arc::new(AtomicUsize::new(0));
    let (h, dn) = (hosts.clone(), done.clone());
    let counter = std::thread::spawn(move || {
        while dn.load(Ordering::SeqCst) == 0 {
            match proxy.accept() {
                Ok((mut s, _)) => {
                    let _ = s.set_nonblocking(false);
                    let _ = s.set_read_timeout(Some(Duration::from_millis(500)));
                    let mut buf = [0; 512];
                    let n = s.read(&mut buf).unwrap_or(0);
                    let host = requested_host(&String::from_utf8_lossy(&buf[..n]));
                    h.lock().unwrap().push(host);
                }
                Err(_) => std::thread::sleep(Duration::from_millis(10)),
            }
        }
    });
    let profile = TempDir::new().unwrap();
    let status = Std::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--disable-client-side-phishing-detection",
            "--disable-default-apps",
            "--disable-domain-reliability",
            "--no-pings",
            "--window-size=1100,1400",
            &format!("--proxy-server=http://127.0.0.1:{port}"),
            "--proxy-bypass-list=<-loopback>",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    std::thread::sleep(Duration::from_millis(300));
    done.store(1, Ordering::SeqCst);
    counter.join().unwrap();
    let size = fs::metadata(shot).map_or(0, |m| m.len());
    let asked = hosts
        .lock()
        .unwrap()
        .iter()
        .filter(|h| !CHROMIUM_SERVICES.contains(&h.as_str()))
        .cloned()
        .collect();
    (size, asked)
}

#[test]
fn the_report_renders_in_headless_chromium_and_asks_the_network_for_nothing() {
    let Some(chromium) = chromium() else {
        eprintln!("skipped: Chromium is not installed (apt-get install chromium; .ci/run does)");
        return;
    };
    let dir = repo();
    let d = dir.path();
    commit(
        d,
        "web/.env.production",
        &format!("VITE_ZAI_KEY={}\n", key(540)),
        "env",
    );
    commit(d, "api/main.py", &format!("K = '{}'\n", key(541)), "api");
    let out = TempDir::new().unwrap();
    let report = out.path().join("report.html");
    let status = keyfence()
        .args(["audit", "--format", "html", "--output"])
        .arg(&report)
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(status.status.code(), Some(1));
    // What Chromium asks for by itself (it changes from version to version): the hosts
    // an empty page makes it ask for.
    let blank = out.path().join("blank.html");
    fs::write(&blank, "<!doctype html><html><body></body></html>").unwrap();
    let (_, by_itself) = load(&chromium, &blank, &out.path().join("blank.png"));
    let shot = out.path().join("report.png");
    let (size, asked) = load(&chromium, &report, &shot);
    assert!(
        size > 10_000,
        "a screenshot of a rendered page ({size} bytes)"
    );
    let asked: Vec<String> = asked
        .into_iter()
        .filter(|h| !by_itself.contains(h))
        .collect();
    assert!(
        asked.is_empty(),
        "the report asked the network for {asked:?}"
    );

    // The check can fail: a page that fetches an image is caught.
    let control = out.path().join("control.html");
    fs::write(
        &control,
        "<!doctype html><html><body><img src=\"http://keyfence.invalid/x.png\"></body></html>",
    )
    .unwrap();
    let (_, asked) = load(&chromium, &control, &out.path().join("control.png"));
    assert!(
        asked.iter().any(|h| h == "keyfence.invalid"),
        "the proxy missed a page's request: {asked:?}"
    );
}
