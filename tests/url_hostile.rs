//! `keyfence url` against hostile servers: each ends within its bounds, with a clear
//! message, never a hang or a panic.

mod common;

use std::io::Write;
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::http::{self, url, Request, Server};
use common::{keyfence, stderr};

fn secrets(found: &[serde_json::Value]) -> Vec<String> {
    found
        .iter()
        .filter_map(|f| f["secret"].as_str().map(str::to_string))
        .collect()
}

fn no_panic(out: &std::process::Output) {
    let err = stderr(out);
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn redirect_loops_and_endless_redirects() {
    let site = Server::start(Arc::new(|req: &Request, conn: &mut TcpStream| {
        let p = req.path().to_string();
        let to = match p.as_str() {
            "/a" => "/b".to_string(),
            "/b" => "/a".to_string(),
            "/page" => {
                return http::respond(
                    conn,
                    200,
                    "text/html",
                    &[],
                    b"<script src=/elsewhere.js></script>",
                )
            }
            "/elsewhere.js" => "http://example.invalid/x.js".to_string(),
            _ if p.starts_with("/r/") => {
                let n: u64 = p[3..].parse().unwrap_or(0);
                format!("/r/{}", n + 1)
            }
            _ => return http::respond(conn, 404, "text/plain", &[], b""),
        };
        http::respond(conn, 302, "text/plain", &[("Location", &to)], b"");
    }));
    let (out, _) = url(&[&format!("{}/a", site.origin())]);
    no_panic(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("redirect loop"), "{}", stderr(&out));

    let (out, _) = url(&[&format!("{}/r/0", site.origin())]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("more than 10 redirects"),
        "{}",
        stderr(&out)
    );
    assert!(site.requests().len() < 20, "{:?}", site.requests());

    // An asset's redirect off the allowed hosts is named, not followed.
    let (out, _) = url(&[&format!("{}/page", site.origin())]);
    assert!(
        stderr(&out).contains("http://example.invalid/x.js: not fetched: not an allowed host"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_five_gigabyte_response_is_read_to_its_bound() {
    let k = common::key(700);
    let head = format!("var zhipuKey = \"{k}\";\n");
    let site = Server::start(Arc::new(move |req: &Request, conn: &mut TcpStream| {
        if req.path() == "/" {
            return http::respond(
                conn,
                200,
                "text/html",
                &[],
                b"<script src=/big.js></script>",
            );
        }
        let _ = conn.write_all(http::head(200, "text/javascript", 5_000_000_000, &[]).as_bytes());
        let _ = conn.write_all(head.as_bytes());
        let filler = vec![b'/'; 1 << 16];
        // Until keyfence hangs up.
        while conn.write_all(&filler).is_ok() {}
    }));
    let (out, found) = url(&[
        &format!("{}/", site.origin()),
        "--max-response-bytes",
        "8MiB",
    ]);
    no_panic(&out);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(secrets(&found), [common::key(700)]);
    assert!(
        stderr(&out).contains("response larger than 8388608 bytes"),
        "{}",
        stderr(&out)
    );

    // And the bound in all.
    let (out, _) = url(&[&format!("{}/", site.origin()), "--max-bytes", "1MiB"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("response larger than"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_slow_drip_ends_at_the_time_limit() {
    let k = common::key(710);
    let page = format!("<script>var k='{k}'</script><script src=/drip.js></script>");
    let site = Server::start(Arc::new(move |req: &Request, conn: &mut TcpStream| {
        if req.path() == "/" {
            return http::respond(conn, 200, "text/html", &[], page.as_bytes());
        }
        let _ = conn.write_all(http::head(200, "text/javascript", 1_000_000, &[]).as_bytes());
        for _ in 0..100_000 {
            if conn.write_all(b"x").is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }));
    let started = Instant::now();
    let (out, found) = url(&[&format!("{}/", site.origin()), "--time-limit", "2s"]);
    no_panic(&out);
    // A hang check, not a timing test: the limit is 2 s, the drip lasts 83 minutes.
    assert!(started.elapsed() < Duration::from_secs(60));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(secrets(&found), [common::key(710)]);
    let err = stderr(&out);
    assert!(err.contains("drip.js: timed out (--time-limit)"), "{err}");
}

#[test]
fn ten_thousand_chunks_stop_at_the_request_bound() {
    let mut main = String::new();
    for i in 0..10_000 {
        main.push_str(&format!("import(\"./c{i}.js\");"));
    }
    let site = Server::start(Arc::new(
        move |req: &Request, conn: &mut TcpStream| match req.path() {
            "/" => http::respond(
                conn,
                200,
                "text/html",
                &[],
                b"<script type=module src=/main.js></script>",
            ),
            "/main.js" => http::respond(conn, 200, "text/javascript", &[], main.as_bytes()),
            p => http::respond(
                conn,
                200,
                "text/javascript",
                &[],
                format!("export const id = {:?};", p).as_bytes(),
            ),
        },
    ));
    let (out, found) = url(&[&format!("{}/", site.origin())]);
    no_panic(&out);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(found.is_empty());
    let n = site.requests().len();
    assert_eq!(n, 500, "exactly --max-requests reached the server");
    let err = stderr(&out);
    assert!(err.contains("not fetched: --max-requests"), "{err}");
    assert!(
        err.contains("more URLs: not fetched: --max-requests"),
        "{err}"
    );
    // Twenty named, then a count.
    assert!(
        err.lines()
            .filter(|l| l.contains("not fetched: --max-requests"))
            .count()
            <= 21
    );
}

#[test]
fn import_chains_stop_at_the_depth_bound() {
    let k = common::key(720);
    let site = Server::start(Arc::new(move |req: &Request, conn: &mut TcpStream| {
        let p = req.path();
        if p == "/" {
            return http::respond(conn, 200, "text/html", &[], b"<script src=/c1.js></script>");
        }
        let n: u32 = p
            .trim_start_matches("/c")
            .trim_end_matches(".js")
            .parse()
            .unwrap_or(0);
        let body = if n == 9 {
            format!("var k='{k}'")
        } else {
            format!("import('./c{}.js')", n + 1)
        };
        http::respond(conn, 200, "text/javascript", &[], body.as_bytes());
    }));
    let (out, found) = url(&[&format!("{}/", site.origin()), "--max-depth", "3"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(found.is_empty());
    assert!(
        stderr(&out).contains("/c4.js: not fetched: --max-depth"),
        "{}",
        stderr(&out)
    );
    let (out, found) = url(&[&format!("{}/", site.origin()), "--max-depth", "10"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(secrets(&found), [common::key(720)]);
}

#[test]
fn source_map_bombs() {
    let k = common::key(730);
    // 200,000 original sources, the key in the last one.
    let mut many = String::from("{\"version\":3,\"mappings\":\"\",\"sources\":[");
    for i in 0..200_000 {
        many.push_str(&format!("\"src/m{i}.js\","));
    }
    many.pop();
    many.push_str("],\"sourcesContent\":[");
    for _ in 0..199_999 {
        many.push_str("\"x\",");
    }
    many.push_str(&format!("\"const k = '{k}';\"]}}"));
    // Index-map sections nested far deeper than any parser should follow.
    let deep = format!(
        "{}{{}}{}",
        "{\"sections\":[{\"map\":".repeat(100_000),
        "}]}".repeat(100_000)
    );
    // Sources named with terminal escapes and newlines.
    let k2 = common::key(731);
    let evil = format!(
        "{{\"version\":3,\"mappings\":\"\",\"sources\":[\"\\u001b[31mred\\nline.js\"],\"sourcesContent\":[\"var k='{k2}'\"]}}"
    );
    let site = Server::start(Arc::new(move |req: &Request, conn: &mut TcpStream| {
        let js = |m: &str| format!("f()\n//# sourceMappingURL={m}\n");
        match req.path() {
            "/" => http::respond(
                conn,
                200,
                "text/html",
                &[],
                b"<script src=/a.js></script><script src=/b.js></script><script src=/c.js></script><script src=/d.js></script>",
            ),
            "/a.js" => http::respond(conn, 200, "text/javascript", &[], js("a.js.map").as_bytes()),
            "/b.js" => http::respond(conn, 200, "text/javascript", &[], js("b.js.map").as_bytes()),
            "/c.js" => http::respond(conn, 200, "text/javascript", &[], js("c.js.map").as_bytes()),
            "/d.js" => http::respond(conn, 200, "text/javascript", &[("SourceMap", "/d.map")], b"g()"),
            "/a.js.map" => http::respond(conn, 200, "application/json", &[], many.as_bytes()),
            "/b.js.map" => http::respond(conn, 200, "application/json", &[], deep.as_bytes()),
            "/c.js.map" => http::respond(conn, 200, "text/html", &[], b"<html>not found</html>"),
            "/d.map" => http::respond(conn, 200, "application/json", &[], evil.as_bytes()),
            _ => http::respond(conn, 404, "text/plain", &[], b""),
        }
    }));
    let (out, found) = url(&[&format!("{}/", site.origin())]);
    no_panic(&out);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let mut s = secrets(&found);
    s.sort();
    let mut want = vec![common::key(730), common::key(731)];
    want.sort();
    assert_eq!(s, want);
    let err = stderr(&out);
    assert!(
        err.contains("b.js.map: not a source map (recursion limit"),
        "{err}"
    );
    // An index page in place of a map (a single-page app's answer to a map that was
    // not deployed) is no map, no warning, and no second copy of the page's findings.
    assert!(!err.contains("c.js.map"), "{err}");
    assert!(!found
        .iter()
        .any(|f| f["path"].as_str().unwrap().contains("c.js.map")));
    let many_hit = found
        .iter()
        .find(|f| f["secret"] == common::key(730).as_str())
        .unwrap();
    assert!(many_hit["path"]
        .as_str()
        .unwrap()
        .ends_with("/a.js.map!src/m199999.js"));
    // The hostile source name reaches no terminal unescaped.
    let human = keyfence()
        .args(["url", &format!("{}/", site.origin())])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(text.contains("line.js"), "{text}");
}

#[test]
fn a_failed_chunk_is_named_and_findings_still_count() {
    let k = common::key(740);
    let page = format!("<script>var k='{k}'</script><script src=/broken.js></script>");
    let site = Server::start(Arc::new(
        move |req: &Request, conn: &mut TcpStream| match req.path() {
            "/" => http::respond(conn, 200, "text/html", &[], page.as_bytes()),
            _ => http::respond(conn, 500, "text/plain", &[], b"oops"),
        },
    ));
    let (out, found) = url(&[&format!("{}/", site.origin())]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(secrets(&found), [common::key(740)]);
    assert!(
        stderr(&out).contains("/broken.js: HTTP 500"),
        "{}",
        stderr(&out)
    );
    // Nothing found and an asset failed: 2.
    let site = Server::start(Arc::new(|req: &Request, conn: &mut TcpStream| {
        match req.path() {
            "/" => http::respond(
                conn,
                200,
                "text/html",
                &[],
                b"<script src=/broken.js></script>",
            ),
            _ => http::respond(conn, 503, "text/plain", &[("Retry-After", "0")], b"down"),
        }
    }));
    let (out, _) = url(&[&format!("{}/", site.origin())]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("HTTP 503"), "{}", stderr(&out));
    // Tried again, then given up: four tries of the chunk.
    assert_eq!(
        site.requests()
            .iter()
            .filter(|r| *r == "/broken.js")
            .count(),
        4
    );
}

#[test]
fn source_maps_that_were_not_deployed_are_no_error() {
    let k = common::key(750);
    let page = format!("<script>var k='{k}'</script><script src=/app.js></script>");
    let site = Server::start(Arc::new(
        move |req: &Request, conn: &mut TcpStream| match req.path() {
            "/" => http::respond(conn, 200, "text/html", &[], page.as_bytes()),
            "/app.js" => http::respond(
                conn,
                200,
                "text/javascript",
                &[],
                b"f()\n//# sourceMappingURL=app.js.map\n",
            ),
            _ => http::respond(conn, 404, "text/plain", &[], b"gone"),
        },
    ));
    let (out, found) = url(&[&format!("{}/", site.origin())]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(secrets(&found), [common::key(750)]);
    let err = stderr(&out);
    assert!(!err.contains("warning") && !err.contains("error"), "{err}");
    assert!(
        err.contains("1 path named in code or by source map comments is not on the site"),
        "{err}"
    );
}

#[test]
fn a_start_page_that_moves_to_another_host_is_not_followed_and_keeps_its_headers() {
    let k = common::key(760);
    let page = format!("<script>var k='{k}'</script><script src=/app.js></script>");
    // Another host: every request it gets, with the headers it was sent.
    let seen = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let s = seen.clone();
    let other = Server::start(Arc::new(move |req: &Request, conn: &mut TcpStream| {
        s.lock().unwrap().push(format!(
            "{} bypass={:?}",
            req.path(),
            req.header("x-preview-bypass")
        ));
        match req.path() {
            "/" => http::respond(conn, 200, "text/html", &[], page.as_bytes()),
            _ => http::respond(conn, 200, "text/javascript", &[], b"f()"),
        }
    }));
    let elsewhere = format!("http://localhost:{}/", other.port);
    let old = Server::start(Arc::new(move |req: &Request, conn: &mut TcpStream| {
        let to = match req.path() {
            "/metadata" => "http://169.254.169.254/latest/meta-data/",
            "/v6" => "http://[fe80::1]/",
            _ => elsewhere.as_str(),
        };
        http::respond(conn, 302, "text/plain", &[("Location", to)], b"");
    }));
    let (out, found) = url(&[
        &format!("{}/", old.origin()),
        "-H",
        "x-preview-bypass: s3cret-token",
    ]);
    no_panic(&out);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(found.is_empty(), "{found:#?}");
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "the start page redirects to http://localhost:{}/, not its own host over https \
             nor its www. host: not followed (give that URL, or --allow-host localhost, to \
             crawl it)",
            other.port
        )),
        "{err}"
    );
    assert!(
        seen.lock().unwrap().is_empty(),
        "{:?}",
        seen.lock().unwrap()
    );
    // A start page that sends the crawl to the cloud's metadata service.
    for (path, to) in [
        ("/metadata", "http://169.254.169.254/latest/meta-data/"),
        ("/v6", "http://[fe80::1]/"),
    ] {
        let (out, _) = url(&[&format!("{}{path}", old.origin()), "--time-limit", "20s"]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains(&format!(
                "the start page redirects to {to}, not its own host"
            )),
            "{}",
            stderr(&out)
        );
    }
    // Named by the user, the other host is crawled, and gets the headers.
    let (out, found) = url(&[
        &format!("{}/", old.origin()),
        "--allow-host",
        "localhost",
        "-H",
        "x-preview-bypass: s3cret-token",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(secrets(&found), [common::key(760)]);
    assert_eq!(
        *seen.lock().unwrap(),
        [
            "/ bypass=Some(\"s3cret-token\")",
            "/app.js bypass=Some(\"s3cret-token\")"
        ]
    );
}

#[test]
fn link_local_and_metadata_addresses_are_not_connected_to_unless_named() {
    // Nothing is listening there in a test (and nothing must be asked): the refusal
    // comes before any connection.
    for (start, ip, why) in [
        (
            "http://169.254.169.254/latest/meta-data/",
            "169.254.169.254",
            "a cloud metadata address",
        ),
        ("http://[fe80::1]:8080/", "fe80::1", "a link-local address"),
        (
            "http://[::ffff:169.254.169.254]/",
            "::ffff:169.254.169.254",
            "a cloud metadata address",
        ),
        (
            "http://100.100.100.200/",
            "100.100.100.200",
            "a cloud metadata address",
        ),
    ] {
        let (out, _) = url(&[start, "--time-limit", "20s"]);
        no_panic(&out);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(&format!(
                "{ip} is {why}: not connected to (name it with --allow-host"
            )),
            "{err}"
        );
    }
}

#[test]
fn a_gzip_bomb_is_read_to_its_bound_after_decoding() {
    use std::io::Write as _;
    let k = common::key(770);
    // 1 GiB of spaces after a key, about 1 MB on the wire.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(format!("var k='{k}';").as_bytes()).unwrap();
    let block = vec![b' '; 1 << 20];
    for _ in 0..1024 {
        gz.write_all(&block).unwrap();
    }
    let bomb = gz.finish().unwrap();
    assert!(bomb.len() < 4 << 20);
    let site = Server::start(Arc::new(
        move |req: &Request, conn: &mut TcpStream| match req.path() {
            "/" => http::respond(
                conn,
                200,
                "text/html",
                &[],
                b"<script src=/bomb.js></script>",
            ),
            _ => http::respond(
                conn,
                200,
                "text/javascript",
                &[("Content-Encoding", "gzip")],
                &bomb,
            ),
        },
    ));
    let (out, found) = url(&[
        &format!("{}/", site.origin()),
        "--max-response-bytes",
        "16MiB",
    ]);
    no_panic(&out);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(secrets(&found), [common::key(770)]);
    assert!(
        stderr(&out).contains("bomb.js: response larger than 16777216 bytes"),
        "{}",
        stderr(&out)
    );
}
