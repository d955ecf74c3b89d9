//! One HTTP GET at a time, bounded: ureq on rustls (ring), Mozilla's roots plus the
//! user's, proxies from the environment, no redirect followed (the crawler follows
//! them itself, within the allowed hosts), the body read up to a byte limit and a
//! deadline, gzip and brotli decoded.

use std::io::Read;
use std::time::{Duration, Instant};

use url::Url;

/// The User-Agent keyfence sends.
pub fn user_agent() -> String {
    format!(
        "keyfence/{} (+https://github.com/keyfence/keyfence; secret scanner)",
        env!("CARGO_PKG_VERSION")
    )
}

/// How the client is set up.
#[derive(Clone, Debug, Default)]
pub struct ClientOptions {
    /// Extra request headers (`--header "Name: value"`).
    pub headers: Vec<(String, String)>,
    /// PEM files of CAs trusted besides Mozilla's roots (`--ca-cert`).
    pub ca_pem: Vec<Vec<u8>>,
}

/// A client.
pub struct Client {
    agent: ureq::Agent,
    headers: Vec<(String, String)>,
}

/// What a GET gave.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    /// `Location`, for a redirect.
    pub location: Option<String>,
    pub content_type: String,
    /// `SourceMap` or `X-SourceMap`.
    pub source_map: Option<String>,
    /// `Retry-After` in seconds.
    pub retry_after: Option<u64>,
    pub body: Vec<u8>,
    /// The body was longer than the limit; `body` holds its start.
    pub truncated: bool,
}

/// Why a GET failed.
#[derive(Debug)]
pub enum FetchError {
    /// The deadline passed (a slow server).
    Timeout,
    /// Anything else: DNS, connection, TLS, a broken response.
    Other(String),
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Timeout => f.write_str("timed out"),
            FetchError::Other(s) => f.write_str(s),
        }
    }
}

impl Client {
    /// A client; fails on a CA file that holds no certificate or a bad header.
    pub fn new(opts: &ClientOptions) -> Result<Client, String> {
        let mut tls = ureq::tls::TlsConfig::builder();
        if !opts.ca_pem.is_empty() {
            let mut certs: Vec<ureq::tls::Certificate<'static>> =
                webpki_root_certs::TLS_SERVER_ROOT_CERTS
                    .iter()
                    .map(|c| ureq::tls::Certificate::from_der(c.as_ref()).to_owned())
                    .collect();
            let mut added = 0;
            for pem in &opts.ca_pem {
                for item in ureq::tls::parse_pem(pem) {
                    if let Ok(ureq::tls::PemItem::Certificate(c)) = item {
                        certs.push(c);
                        added += 1;
                    }
                }
            }
            if added == 0 {
                return Err("--ca-cert: no PEM certificate in the file".into());
            }
            tls = tls.root_certs(ureq::tls::RootCerts::new_with_certs(&certs));
        }
        for (name, value) in &opts.headers {
            if name.is_empty()
                || !name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_!#$%&'*+.^`|~".contains(&b))
                || value.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0)
            {
                return Err(format!("--header: not a valid header: {name:?}"));
            }
        }
        let config = ureq::Agent::config_builder()
            .max_redirects(0)
            .http_status_as_error(false)
            .user_agent(user_agent())
            .timeout_connect(Some(Duration::from_secs(15)))
            .tls_config(tls.build())
            .build();
        Ok(Client {
            agent: config.into(),
            headers: opts.headers.clone(),
        })
    }

    /// GETs `url`, reading at most `limit` body bytes, giving up at `deadline`.
    pub fn get(&self, url: &Url, limit: u64, deadline: Instant) -> Result<Response, FetchError> {
        self.get_with(url, limit, deadline, &[])
    }

    /// [`Client::get`] with headers of this request besides the client's.
    pub fn get_with(
        &self,
        url: &Url,
        limit: u64,
        deadline: Instant,
        extra: &[(&str, &str)],
    ) -> Result<Response, FetchError> {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(FetchError::Timeout);
        }
        let mut req = self.agent.get(url.as_str());
        for (n, v) in &self.headers {
            req = req.header(n.as_str(), v.as_str());
        }
        for (n, v) in extra {
            req = req.header(*n, *v);
        }
        let resp = req
            .config()
            .timeout_global(Some(left))
            .build()
            .call()
            .map_err(error)?;
        let header = |n: &str| {
            resp.headers()
                .get(n)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let status = resp.status().as_u16();
        let location = header("location");
        let content_type = header("content-type").unwrap_or_default();
        let source_map = header("sourcemap").or_else(|| header("x-sourcemap"));
        let retry_after = header("retry-after").and_then(|v| v.trim().parse().ok());
        let mut body = Vec::new();
        let mut reader = resp.into_body().into_reader().take(limit.saturating_add(1));
        reader.read_to_end(&mut body).map_err(|e| {
            if e.kind() == std::io::ErrorKind::TimedOut || Instant::now() >= deadline {
                FetchError::Timeout
            } else {
                FetchError::Other(format!("reading the body: {e}"))
            }
        })?;
        let truncated = body.len() as u64 > limit;
        if truncated {
            body.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        }
        Ok(Response {
            status,
            location,
            content_type,
            source_map,
            retry_after,
            body,
            truncated,
        })
    }
}

fn error(e: ureq::Error) -> FetchError {
    match e {
        ureq::Error::Timeout(_) => FetchError::Timeout,
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => FetchError::Timeout,
        ureq::Error::HostNotFound => FetchError::Other("host not found (DNS)".into()),
        other => FetchError::Other(other.to_string()),
    }
}
