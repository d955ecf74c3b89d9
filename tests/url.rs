//! `keyfence url` against real built front ends served from loopback ports: the
//! output of Vite, a Next.js static export and webpack (built once from
//! `tests/sites-src/`, kept in `tests/data/sites/`), with keys made here in place of
//! same-length placeholders so that source-map offsets hold.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::http::{self, url, Server};
use common::{jsonl, keyfence, stderr};
use serde_json::Value;

fn sites() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sites")
}

/// The placeholder for `name`: 49 bytes, like a key.
fn placeholder(name: &str) -> String {
    let s = format!("KF_PLACEHOLDER_{name}_");
    format!("{s}{}", "X".repeat(49 - s.len()))
}

/// Byte replacements applied to served files.
type Replacements = Vec<(Vec<u8>, Vec<u8>)>;

/// A key for each placeholder name, and the replacements that plant them.
fn plant(names: &[&str], seed: u64) -> (Vec<(String, String)>, Replacements) {
    let keys: Vec<(String, String)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.to_string(), common::key(seed + i as u64)))
        .collect();
    let repl = keys
        .iter()
        .map(|(n, k)| {
            assert_eq!(placeholder(n).len(), k.len());
            (placeholder(n).into_bytes(), k.clone().into_bytes())
        })
        .collect();
    (keys, repl)
}

/// Checks that each key is found exactly once, at a path that matches its pattern
/// (`*` for a content hash), and returns the findings by placeholder name.
fn expect_keys<'a>(
    found: &'a [Value],
    keys: &[(String, String)],
    paths: &[(&str, String)],
) -> Vec<&'a Value> {
    let mut out = Vec::new();
    for (name, key) in keys {
        let hits: Vec<&Value> = found
            .iter()
            .filter(|f| f["secret"].as_str() == Some(key.as_str()))
            .collect();
        assert_eq!(
            hits.len(),
            1,
            "{name}: found {} times in {found:#?}",
            hits.len()
        );
        let want = &paths.iter().find(|(n, _)| n == name).unwrap().1;
        let got = hits[0]["path"].as_str().unwrap();
        assert!(glob(want, got), "{name}: path {got}, wanted {want}");
        assert_eq!(hits[0]["exposure"], "client", "{name}");
        assert!(
            hits[0]["exposure_reason"]
                .as_str()
                .unwrap()
                .starts_with("served by http://127.0.0.1:"),
            "{name}: {}",
            hits[0]["exposure_reason"]
        );
        out.push(hits[0]);
    }
    let keys_found = found.iter().filter(|f| f["secret"].is_string()).count();
    assert_eq!(keys_found, keys.len(), "no other key: {found:#?}");
    out
}

/// `*` matches any run of characters but `/`.
fn glob(pat: &str, s: &str) -> bool {
    match pat.split_once('*') {
        None => pat == s,
        Some((head, tail)) => {
            let Some(rest) = s.strip_prefix(head) else {
                return false;
            };
            (0..=rest.len())
                .filter(|&i| rest.is_char_boundary(i) && !rest[..i].contains('/'))
                .any(|i| glob(tail, &rest[i..]))
        }
    }
}

#[test]
fn vite_site_lazy_chunk_inline_script_source_map_service_worker_and_a_cdn() {
    let (keys, mut repl) = plant(
        &[
            "VITE_LAZY",
            "VITE_INLINE",
            "VITE_MAPONLY",
            "VITE_SW",
            "CDN_WIDGET",
        ],
        100,
    );
    let cdn = Server::start(http::serve_dir(&sites().join("cdn"), repl.clone()));
    repl.push((b"http://cdn.invalid".to_vec(), cdn.origin().into_bytes()));
    let site = Server::start(http::serve_dir(&sites().join("vite"), repl));
    let o = site.origin();
    let paths = [
        ("VITE_LAZY", format!("{o}/assets/chat-*.js")),
        ("VITE_INLINE", format!("{o}/")),
        (
            "VITE_MAPONLY",
            format!("{o}/assets/index-*.js.map!src/util.ts"),
        ),
        ("VITE_SW", format!("{o}/sw-helper.js")),
        ("CDN_WIDGET", format!("{}/widget.js", cdn.origin())),
    ];

    // Same origin only: the CDN is named, never asked.
    let (out, found) = url(&[&format!("{o}/")]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(cdn.requests().is_empty(), "{:?}", cdn.requests());
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}/widget.js: not fetched: not an allowed host",
            cdn.origin()
        )),
        "{err}"
    );
    let found_keys: Vec<_> = found.iter().filter(|f| f["secret"].is_string()).collect();
    assert_eq!(found_keys.len(), 4, "{found:#?}");

    // With the CDN allowed: every key once, at its place.
    let (out, found) = url(&[
        &format!("{o}/"),
        "--allow-host",
        &format!("127.0.0.1:{}", cdn.port),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let hits = expect_keys(&found, &keys, &paths);
    assert_eq!(cdn.requests(), ["/widget.js"]);
    // The lazy chunk's key: its original place from the source map, and the map's
    // source as a second place.
    let lazy = hits[0];
    assert_eq!(lazy["original"]["path"], "src/lazy/chat.ts", "{lazy:#}");
    // The minifier inlined the constant into the template that sends it: line 6 of
    // the original (`Authorization: \`Bearer ${ZHIPU_KEY}\``), as the mappings say.
    assert_eq!(lazy["original"]["line"], 6);
    let places: Vec<&str> = lazy["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    assert!(
        places
            .iter()
            .any(|p| p.ends_with(".js.map!src/lazy/chat.ts")),
        "{places:?}"
    );
    // People see the original place too.
    let human = keyfence().args(["url", &format!("{o}/")]).output().unwrap();
    assert!(
        String::from_utf8_lossy(&human.stdout).contains("    from src/lazy/chat.ts:6:"),
        "{}",
        String::from_utf8_lossy(&human.stdout)
    );
    // A map-only key sits in its original source, at its line there.
    assert_eq!(hits[2]["line"], 2);
    assert_eq!(hits[2]["original"]["path"], "src/util.ts");
    // The flow in the served code: a client call to Z.ai.
    assert!(
        found.iter().any(|f| f["rule"] == "zai-client-call"),
        "{found:#?}"
    );
    // Nothing was asked of the site that the page does not load.
    for r in site.requests() {
        assert!(
            ["/", "/assets/", "/sw", "/manifest.webmanifest"]
                .iter()
                .any(|p| r.starts_with(p)),
            "{r}"
        );
    }
}

#[test]
fn fingerprints_survive_a_deploy_with_new_content_hashes() {
    let (_, repl) = plant(
        &["VITE_LAZY", "VITE_INLINE", "VITE_MAPONLY", "VITE_SW"],
        200,
    );
    let first = http::read_tree(&sites().join("vite"), &repl);
    // The next build: new hashes in file names (same length, so maps hold).
    let mut next_repl = repl.clone();
    next_repl.push((b"chat-yV6WubO_".to_vec(), b"chat-Qw8Zk1_p".to_vec()));
    next_repl.push((b"index-BS10jaMg".to_vec(), b"index-Zz91Lm0A".to_vec()));
    let second: Vec<(String, Vec<u8>)> = http::read_tree(&sites().join("vite"), &next_repl)
        .into_iter()
        .map(|(n, b)| {
            let n = n
                .replace("chat-yV6WubO_", "chat-Qw8Zk1_p")
                .replace("index-BS10jaMg", "index-Zz91Lm0A");
            (n, b)
        })
        .collect();
    let deployed = Arc::new(std::sync::Mutex::new(first));
    let d = deployed.clone();
    let site = Server::start(Arc::new(
        move |req: &http::Request, conn: &mut std::net::TcpStream| {
            let mut p = req.path().trim_start_matches('/').to_string();
            if p.is_empty() {
                p = "index.html".into();
            }
            let files = d.lock().unwrap();
            match files.iter().find(|(n, _)| *n == p) {
                Some((n, b)) => http::respond(conn, 200, http::content_type(n), &[], b),
                None => http::respond(conn, 404, "text/plain", &[], b""),
            }
        },
    ));
    let run = || {
        let (_, found) = url(&[&format!("{}/", site.origin())]);
        let mut v: Vec<(String, String)> = found
            .iter()
            .map(|f| {
                (
                    f["fingerprint"].as_str().unwrap().to_string(),
                    f["path"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let before = run();
    *deployed.lock().unwrap() = second;
    let after = run();
    assert_eq!(before.len(), 5, "{before:?}");
    assert!(
        before.iter().any(|(_, p)| p.contains("chat-yV6WubO_.js")),
        "{before:?}"
    );
    assert!(
        after.iter().any(|(_, p)| p.contains("chat-Qw8Zk1_p.js")),
        "{after:?}"
    );
    let fps = |v: &[(String, String)]| v.iter().map(|(f, _)| f.clone()).collect::<Vec<_>>();
    assert_eq!(fps(&before), fps(&after), "{before:?}\n{after:?}");
}

#[test]
fn next_static_export_next_data_lazy_page_and_dynamic_chunk() {
    let (keys, repl) = plant(&["NEXT_DATA", "NEXT_PAGE", "NEXT_DYNAMIC"], 300);
    let site = Server::start(http::serve_dir(&sites().join("next"), repl));
    let o = site.origin();
    let paths = [
        ("NEXT_DATA", format!("{o}/")),
        (
            "NEXT_PAGE",
            format!("{o}/_next/static/chunks/pages/about-*.js"),
        ),
        ("NEXT_DYNAMIC", format!("{o}/_next/static/chunks/814.*.js")),
    ];
    let (out, found) = url(&[&format!("{o}/")]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    expect_keys(&found, &keys, &paths);
    // The page's props also ship in the index page's source map (getStaticProps's
    // source): a second place of the same key.
    let data = found
        .iter()
        .find(|f| f["secret"] == keys[0].1.as_str())
        .unwrap();
    let places: Vec<&str> = data["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    assert!(
        places.iter().any(|p| p.ends_with("!pages/index.js")),
        "{places:?}"
    );
}

#[test]
fn webpack_app_lazy_chunk_from_the_runtime_and_a_key_only_in_a_map() {
    let (keys, repl) = plant(&["WEBPACK_LAZY", "WEBPACK_MAPONLY"], 400);
    let site = Server::start(http::serve_dir(&sites().join("webpack"), repl));
    let o = site.origin();
    let paths = [
        (
            "WEBPACK_LAZY",
            format!("{o}/static/js/translate.*.chunk.js"),
        ),
        (
            "WEBPACK_MAPONLY",
            format!("{o}/static/js/main.*.js.map!src/label.js"),
        ),
    ];
    let (out, found) = url(&[&format!("{o}/")]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    expect_keys(&found, &keys, &paths);
}

#[test]
fn a_list_of_urls_and_every_format() {
    let (keys, repl) = plant(&["WEBPACK_LAZY", "WEBPACK_MAPONLY"], 500);
    let site = Server::start(http::serve_dir(&sites().join("webpack"), repl));
    let dir = tempfile::tempdir().unwrap();
    let list = common::write(
        dir.path(),
        "urls.txt",
        format!("# preview\n\n{}/\n", site.origin()),
    );
    let (out, found) = url(&["--from", list.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        found.iter().filter(|f| f["secret"].is_string()).count(),
        keys.len()
    );
    for format in ["human", "json", "sarif", "github", "html"] {
        let out = keyfence()
            .args(["url", &format!("{}/", site.origin()), "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}: {}", stderr(&out));
        let text = String::from_utf8_lossy(&out.stdout);
        for (_, k) in &keys {
            assert!(!text.contains(k.as_str()), "{format} shows a secret");
        }
        assert!(text.contains("translate."), "{format}: {text}");
    }
}

#[test]
fn headers_retries_and_compressed_responses() {
    use std::io::Write as _;
    let k = common::key(600);
    let page = "<html><script src=\"/app.js\"></script><script src=\"/busy.js\"></script>\
                <script src=\"/br.js\"></script></html>";
    let app = format!("const zhipuKey = \"{k}\";");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(app.as_bytes()).unwrap();
    let gz = gz.finish().unwrap();
    let k3 = common::key(602);
    let mut br = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut br, 4096, 5, 22);
        w.write_all(format!("let glmKey = '{k3}';").as_bytes())
            .unwrap();
    }
    let busy_tries = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let bt = busy_tries.clone();
    let k2 = common::key(601);
    let busy = format!("var k='{k2}'");
    let site = Server::start(Arc::new(
        move |req: &http::Request, conn: &mut std::net::TcpStream| {
            if req.header("authorization") != Some("Bearer preview-token") {
                return http::respond(conn, 401, "text/plain", &[], b"no");
            }
            assert!(req
                .header("user-agent")
                .unwrap_or("")
                .starts_with("keyfence/"));
            match req.path() {
                "/" => http::respond(conn, 200, "text/html", &[], page.as_bytes()),
                "/app.js" => http::respond(
                    conn,
                    200,
                    "text/javascript",
                    &[("Content-Encoding", "gzip")],
                    &gz,
                ),
                "/br.js" => http::respond(
                    conn,
                    200,
                    "text/javascript",
                    &[("Content-Encoding", "br")],
                    &br,
                ),
                "/busy.js" => {
                    if bt.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < 2 {
                        http::respond(
                            conn,
                            429,
                            "text/plain",
                            &[("Retry-After", "0")],
                            b"slow down",
                        )
                    } else {
                        http::respond(conn, 200, "text/javascript", &[], busy.as_bytes())
                    }
                }
                _ => http::respond(conn, 404, "text/plain", &[], b""),
            }
        },
    ));
    let o = format!("{}/", site.origin());
    let (out, _) = url(&[&o]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "without the header the start page is refused"
    );
    assert!(stderr(&out).contains("HTTP 401"), "{}", stderr(&out));
    let (out, found) = url(&[&o, "-H", "Authorization: Bearer preview-token"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let secrets: Vec<&str> = found.iter().filter_map(|f| f["secret"].as_str()).collect();
    assert!(
        secrets.contains(&k.as_str())
            && secrets.contains(&k2.as_str())
            && secrets.contains(&k3.as_str()),
        "{found:#?}"
    );
    assert_eq!(busy_tries.load(std::sync::atomic::Ordering::SeqCst), 3);
}

#[test]
fn bad_start_urls_are_clear_errors() {
    for (args, says) in [
        (vec!["not a url"], "not a URL"),
        (vec!["ftp://example.com/"], "not an http:// or https:// URL"),
        (vec!["https://user:hunter2@example.com/"], "--header"),
        (
            vec!["http://127.0.0.1:9/", "--max-requests", "0"],
            "more than zero",
        ),
        (vec![], "no URL given"),
        (
            vec!["http://127.0.0.1:9/", "--allow-host", "a/b"],
            "--allow-host",
        ),
        (
            vec!["http://127.0.0.1:9/", "--max-bytes", "12XB"],
            "not a size",
        ),
        (
            vec!["http://127.0.0.1:9/", "--ca-cert", "/nonexistent/ca.pem"],
            "--ca-cert",
        ),
        (vec!["http://127.0.0.1:9/", "-H", "NoColon"], "--header"),
    ] {
        let out = keyfence().arg("url").args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
    }
    // Nothing listens on the port: a network error, exit 2.
    let free = common::http::free_port();
    let out = keyfence()
        .args(["url", &format!("http://127.0.0.1:{free}/")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("the start page could not be fetched"),
        "{}",
        stderr(&out)
    );
    // TLS to a server that speaks plain HTTP.
    let site = Server::start(http::serve_dir(&sites().join("cdn"), Vec::new()));
    let out = keyfence()
        .args(["url", &format!("https://127.0.0.1:{}/", site.port)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("could not be fetched"),
        "{}",
        stderr(&out)
    );
    // A 404 start page.
    let out = keyfence()
        .args(["url", &format!("{}/missing", site.origin())])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("HTTP 404"), "{}", stderr(&out));
    // A start URL that is not HTML: scanned as served, with a warning.
    let out = keyfence()
        .args(["url", &format!("{}/widget.js", site.origin())])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not an HTML page"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn ci_github_scans_a_deploy_preview_after_the_repository() {
    let (keys, repl) = plant(&["WEBPACK_LAZY", "WEBPACK_MAPONLY"], 800);
    let site = Server::start(http::serve_dir(&sites().join("webpack"), repl));
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("repo");
    std::fs::create_dir(&repo).unwrap();
    common::git(&repo, &["init", "-q", "-b", "main"]);
    common::commit(&repo, "README.md", "# clean\n", "first");
    let event = tmp.path().join("event.json");
    std::fs::write(&event, r#"{"inputs":{}}"#).unwrap();
    let (summary, outputs, sarif) = (
        tmp.path().join("summary.md"),
        tmp.path().join("out.txt"),
        tmp.path().join("k.sarif"),
    );
    let out = keyfence()
        .args([
            "ci",
            "github",
            "--url",
            &format!("{}/", site.origin()),
            "--sarif-file",
        ])
        .arg(&sarif)
        .current_dir(&repo)
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_EVENT_NAME", "workflow_dispatch")
        .env("GITHUB_EVENT_PATH", &event)
        .env("GITHUB_WORKSPACE", &repo)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env("GITHUB_OUTPUT", &outputs)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let annotations = String::from_utf8_lossy(&out.stdout);
    assert!(
        annotations.contains(&format!("At {}/static/js/translate.", site.origin())),
        "{annotations}"
    );
    assert!(!annotations.contains("file=http"), "{annotations}");
    for (_, k) in &keys {
        assert!(!annotations.contains(k.as_str()));
    }
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    common::assert_valid_sarif(&doc);
    let uris: Vec<&str> = doc["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert!(
        uris.iter()
            .any(|u| u.starts_with(&format!("{}/static/js/translate.", site.origin()))),
        "{uris:?}"
    );
    let outputs = std::fs::read_to_string(&outputs).unwrap();
    assert!(
        outputs.contains(&format!("findings={}", found_count(&doc))),
        "{outputs}"
    );
    let summary = std::fs::read_to_string(&summary).unwrap();
    assert!(summary.contains("translate."), "{summary}");
}

fn found_count(sarif: &Value) -> usize {
    sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r.get("suppressions").is_none())
        .count()
}

/// A forward proxy that tunnels `CONNECT host:port` to the target, recording each.
fn proxy() -> Server {
    Server::start(Arc::new(
        |req: &http::Request, conn: &mut std::net::TcpStream| {
            if req.method != "CONNECT" {
                return http::respond(conn, 405, "text/plain", &[], b"CONNECT only");
            }
            let Ok(upstream) = std::net::TcpStream::connect(&req.target) else {
                return http::respond(conn, 502, "text/plain", &[], b"");
            };
            use std::io::Write as _;
            let _ = conn.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
            let (mut a, mut b) = (conn.try_clone().unwrap(), upstream.try_clone().unwrap());
            let (mut c, mut d) = (upstream, conn.try_clone().unwrap());
            let t = std::thread::spawn(move || {
                let _ = std::io::copy(&mut a, &mut b);
                let _ = b.shutdown(std::net::Shutdown::Write);
            });
            let _ = std::io::copy(&mut c, &mut d);
            let _ = d.shutdown(std::net::Shutdown::Write);
            let _ = t.join();
        },
    ))
}

#[test]
fn proxies_from_the_environment_and_no_proxy() {
    let (keys, repl) = plant(&["WEBPACK_LAZY", "WEBPACK_MAPONLY"], 900);
    let site = Server::start(http::serve_dir(&sites().join("webpack"), repl));
    let p = proxy();
    let run = |no_proxy: Option<&str>| {
        let mut cmd = keyfence();
        cmd.args([
            "url",
            &format!("{}/", site.origin()),
            "--format",
            "jsonl",
            "--show-secrets",
        ])
        .env("HTTPS_PROXY", p.origin());
        if let Some(n) = no_proxy {
            cmd.env("NO_PROXY", n);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert_eq!(
            jsonl(&out)
                .iter()
                .filter(|f| f["secret"].is_string())
                .count(),
            keys.len()
        );
    };
    run(None);
    let through = p.requests();
    assert!(!through.is_empty());
    assert!(
        through
            .iter()
            .all(|t| *t == format!("127.0.0.1:{}", site.port)),
        "{through:?}"
    );
    run(Some("127.0.0.1"));
    assert_eq!(p.requests().len(), through.len(), "NO_PROXY goes direct");
}

/// An HTTPS server for `body` at `/`, with a certificate for 127.0.0.1 that a CA made
/// here signed, for `conns` connections; returns its port, the CA's PEM, and what it
/// ends with: the head of each request it read.
fn tls_site(body: Vec<u8>, conns: usize) -> (u16, String, std::thread::JoinHandle<Vec<String>>) {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair, SanType};
    use std::io::{Read as _, Write as _};
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "keyfence test CA");
    let ca_key = KeyPair::generate().unwrap();
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let mut params = CertificateParams::new(vec!["localhost".to_string()]).unwrap();
    params
        .subject_alt_names
        .push(SanType::IpAddress("127.0.0.1".parse().unwrap()));
    let key = KeyPair::generate().unwrap();
    let cert = params.signed_by(&key, &ca, &ca_key).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(
        vec![cert.der().clone()],
        rustls::pki_types::PrivateKeyDer::Pkcs8(key.serialize_der().into()),
    )
    .unwrap();
    let config = Arc::new(config);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        let mut heads = Vec::new();
        for tcp in listener.incoming().take(conns) {
            let Ok(tcp) = tcp else { continue };
            let conn = rustls::ServerConnection::new(config.clone()).unwrap();
            let mut tls = rustls::StreamOwned::new(conn, tcp);
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") {
                match tls.read(&mut byte) {
                    Ok(1) => head.push(byte[0]),
                    _ => break,
                }
            }
            if !head.ends_with(b"\r\n\r\n") {
                continue;
            }
            heads.push(String::from_utf8_lossy(&head).into_owned());
            let resp = http::head(200, "text/html", body.len() as u64, &[]);
            let _ = tls.write_all(resp.as_bytes());
            let _ = tls.write_all(&body);
            let _ = tls.flush();
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
        heads
    });
    (port, ca.pem(), handle)
}

#[test]
fn tls_with_an_internal_ca() {
    let k = common::key(950);
    // Two connections: the run without the CA (which fails its handshake) and the run
    // with it.
    let (port, ca_pem, handle) =
        tls_site(format!("<script>var zhipu='{k}'</script>").into_bytes(), 2);
    let site = format!("https://127.0.0.1:{port}/");
    // Mozilla's roots do not know the staging CA: a clear TLS error, exit 2.
    let out = keyfence().args(["url", &site]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("the start page could not be fetched")
            && err.to_lowercase().contains("certificate"),
        "{err}"
    );
    // With --ca-cert, the same site is read.
    let dir = tempfile::tempdir().unwrap();
    let ca = common::write(dir.path(), "ca.pem", ca_pem);
    let (out, found) = url(&[&site, "--ca-cert", ca.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        found
            .iter()
            .filter_map(|f| f["secret"].as_str())
            .collect::<Vec<_>>(),
        [k.as_str()]
    );
    handle.join().unwrap();
    // A file with no certificate in it is refused before anything is fetched.
    let bad = common::write(dir.path(), "bad.pem", "not a certificate");
    let out = keyfence()
        .args(["url", &site, "--ca-cert", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no PEM certificate"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bare_chunk_paths_in_a_page_payload_resolve_at_the_site_s_directories() {
    // An App Router page names other routes' chunks only in its inline payload, as
    // escaped strings relative to `/_next/`; its own scripts show where that is.
    let k = common::key(1600);
    let page = r#"<html><head><script src="/_next/static/chunks/webpack-0a1b2c3d4e5f6a7b.js" async></script></head>
<body><script>self.__next_f.push([1,"2:I[\"about\",[\"static/chunks/app/about/page-9f8e7d6c5b4a3f2e.js\"],\"default\"]\n"])</script></body></html>"#;
    let chunk = format!("(self.webpackChunk=self.webpackChunk||[]).push([[1],{{1:()=>\"{k}\"}}]);");
    let site = Server::start(Arc::new(
        move |req: &http::Request, conn: &mut std::net::TcpStream| match req.path() {
            "/" => http::respond(conn, 200, "text/html", &[], page.as_bytes()),
            "/_next/static/chunks/webpack-0a1b2c3d4e5f6a7b.js" => {
                http::respond(conn, 200, "text/javascript", &[], b"self.x=1;")
            }
            "/_next/static/chunks/app/about/page-9f8e7d6c5b4a3f2e.js" => {
                http::respond(conn, 200, "text/javascript", &[], chunk.as_bytes())
            }
            _ => http::respond(conn, 404, "text/plain", &[], b""),
        },
    ));
    let (out, found) = url(&[&format!("{}/", site.origin())]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let hit = found
        .iter()
        .find(|f| f["secret"] == k.as_str())
        .expect("the key in the payload's chunk");
    assert!(hit["path"]
        .as_str()
        .unwrap()
        .ends_with("/_next/static/chunks/app/about/page-9f8e7d6c5b4a3f2e.js"));
}

/// A start page that moved to its own host over https is followed there, with the
/// user's headers (the host is the one named).
#[test]
fn a_start_page_that_moved_to_https_on_its_host_is_followed_with_its_headers() {
    let k = common::key(960);
    let (port, ca_pem, handle) =
        tls_site(format!("<script>var zhipu='{k}'</script>").into_bytes(), 1);
    let to = format!("https://127.0.0.1:{port}/");
    let old = Server::start(Arc::new(
        move |_: &http::Request, conn: &mut std::net::TcpStream| {
            http::respond(conn, 301, "text/plain", &[("Location", &to)], b"");
        },
    ));
    let dir = tempfile::tempdir().unwrap();
    let ca = common::write(dir.path(), "ca.pem", ca_pem);
    let (out, found) = url(&[
        &format!("{}/", old.origin()),
        "--ca-cert",
        ca.to_str().unwrap(),
        "-H",
        "x-preview-bypass: s3cret-token",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        found
            .iter()
            .filter_map(|f| f["secret"].as_str())
            .collect::<Vec<_>>(),
        [k.as_str()]
    );
    let heads = handle.join().unwrap();
    assert_eq!(heads.len(), 1);
    assert!(
        heads[0]
            .to_ascii_lowercase()
            .contains("x-preview-bypass: s3cret-token"),
        "{heads:?}"
    );
}
