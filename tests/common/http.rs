//! A small HTTP/1.1 server on a loopback port for `keyfence url` tests: each
//! connection gets one response (`Connection: close`), every request line is
//! recorded, and a handler decides what to answer, hostile answers included.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// A request as the handler sees it.
pub struct Request {
    pub method: String,
    /// The path and query, as sent.
    pub target: String,
    pub headers: Vec<(String, String)>,
}

impl Request {
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or(&self.target)
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

pub type Handler = Arc<dyn Fn(&Request, &mut TcpStream) + Send + Sync>;

pub struct Server {
    pub port: u16,
    log: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    pub fn start(handler: Handler) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let log = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (l, s) = (log.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if s.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(mut conn) = conn else { continue };
                let (h, l) = (handler.clone(), l.clone());
                std::thread::spawn(move || {
                    let Some(req) = read_request(&mut conn) else {
                        return;
                    };
                    l.lock().unwrap().push(req.target.clone());
                    h(&req, &mut conn);
                    let _ = conn.flush();
                });
            }
        });
        Server {
            port,
            log,
            stop,
            thread: Some(thread),
        }
    }

    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Every request target received so far.
    pub fn requests(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn read_request(conn: &mut TcpStream) -> Option<Request> {
    let mut r = BufReader::new(conn.try_clone().ok()?);
    let mut line = String::new();
    r.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if r.read_line(&mut h).ok()? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((n, v)) = h.split_once(':') {
            headers.push((n.trim().to_string(), v.trim().to_string()));
        }
    }
    Some(Request {
        method,
        target,
        headers,
    })
}

/// Runs `keyfence url ARGS` with JSON Lines and secrets shown: its output and findings.
pub fn url(args: &[&str]) -> (std::process::Output, Vec<serde_json::Value>) {
    let out = super::keyfence()
        .arg("url")
        .args(args)
        .args(["--format", "jsonl", "--show-secrets"])
        .output()
        .unwrap();
    let f = super::jsonl(&out);
    (out, f)
}

/// A loopback port nothing listens on (bound, then let go).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A response's head, announcing `length` bytes of body (which a handler may then
/// stream, or never finish).
pub fn head(status: u16, content_type: &str, length: u64, extra: &[(&str, &str)]) -> String {
    let mut head = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\nConnection: close\r\n"
    );
    for (n, v) in extra {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    head.push_str("\r\n");
    head
}

/// Writes a whole response.
pub fn respond(
    conn: &mut TcpStream,
    status: u16,
    content_type: &str,
    extra: &[(&str, &str)],
    body: &[u8],
) {
    let head = head(status, content_type, body.len() as u64, extra);
    let _ = conn.write_all(head.as_bytes());
    let _ = conn.write_all(body);
}

/// The content type of a file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

/// Serves the files under `root` (`/` and `/dir/` are `index.html`; `/about` is
/// `about.html`), each with `replace` applied.
pub fn serve_dir(root: &Path, replace: Vec<(Vec<u8>, Vec<u8>)>) -> Handler {
    let files = Arc::new(read_tree(root, &replace));
    Arc::new(move |req: &Request, conn: &mut TcpStream| {
        let mut p = req.path().trim_start_matches('/').to_string();
        if p.is_empty() || p.ends_with('/') {
            p.push_str("index.html");
        }
        let found = files
            .iter()
            .find(|(n, _)| *n == p || *n == format!("{p}.html"));
        match found {
            Some((n, body)) => respond(conn, 200, content_type(n), &[], body),
            None => respond(conn, 404, "text/plain", &[], b"not found"),
        }
    })
}

/// Every file under `root` with `replace` applied, by `/`-separated relative path.
pub fn read_tree(root: &Path, replace: &[(Vec<u8>, Vec<u8>)]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let e = e.unwrap();
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let mut body = std::fs::read(&p).unwrap();
            for (from, to) in replace {
                body = replace_all(&body, from, to);
            }
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, body));
        }
    }
    out
}

pub fn replace_all(hay: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while let Some(off) = memchr::memmem::find(&hay[i..], from) {
        out.extend_from_slice(&hay[i..i + off]);
        out.extend_from_slice(to);
        i += off + from.len();
    }
    out.extend_from_slice(&hay[i..]);
    out
}
