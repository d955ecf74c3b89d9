//! One HTTP GET at a time, bounded: ureq on rustls (ring), Mozilla's roots plus the
//! user's, proxies from the environment, no redirect followed (the crawler follows
//! them itself, within the allowed hosts), the body read up to a byte limit and a
//! deadline, gzip and brotli decoded.
//!
//! Two rules hold for every request, whoever asks for it:
//! - the user's headers (`--header`) go only to the hosts the user named;
//! - no connection is made to a link-local or cloud metadata address (169.254.0.0/16,
//!   fe80::/10, 169.254.169.254, fd00:ec2::254, 100.100.100.200, 168.63.129.16) unless
//!   the host was named with `--allow-host`. The addresses checked are those the
//!   connection is made to (a resolver of our own filters what DNS answered), so a
//!   name that resolves elsewhere on a second lookup (a DNS rebind) is caught too.

use std::io::Read;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::{Duration, Instant};

use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};
use url::Url;

use crate::crawl::AllowedHost;

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
    /// The hosts `headers` are sent to: those the user named (the start URLs' hosts,
    /// any port, and `--allow-host`). A redirect's host is not among them.
    pub header_hosts: Vec<AllowedHost>,
    /// Hosts that may be at a link-local or metadata address (`--allow-host`).
    pub internal_ok: Vec<String>,
}

/// A client.
pub struct Client {
    agent: ureq::Agent,
    headers: Vec<(String, String)>,
    header_hosts: Vec<AllowedHost>,
    internal_ok: Vec<String>,
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
        let internal_ok: Vec<String> = opts.internal_ok.iter().map(|h| bare(h)).collect();
        let resolver = Guard {
            inner: DefaultResolver::default(),
            internal_ok: internal_ok.clone(),
        };
        Ok(Client {
            agent: ureq::Agent::with_parts(config, DefaultConnector::default(), resolver),
            headers: opts.headers.clone(),
            header_hosts: opts.header_hosts.clone(),
            internal_ok,
        })
    }

    /// Whether the user's headers go to `url`: its host was named.
    fn named(&self, url: &Url) -> bool {
        let (Some(host), port) = (url.host_str(), url.port_or_known_default()) else {
            return false;
        };
        self.header_hosts
            .iter()
            .any(|a| a.host.eq_ignore_ascii_case(host) && (a.port.is_none() || a.port == port))
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
        // An address in the URL itself is checked here too: through a proxy, the
        // resolver is not asked for the target.
        if let Some(url::Host::Ipv4(_) | url::Host::Ipv6(_)) = url.host() {
            let host = url.host_str().unwrap_or_default();
            if let Ok(ip) = bare(host).parse::<IpAddr>() {
                if !self.internal_ok.contains(&bare(host)) {
                    if let Some(why) = internal_address(ip) {
                        return Err(FetchError::Other(refusal(host, ip, why)));
                    }
                }
            }
        }
        let mut req = self.agent.get(url.as_str());
        if self.named(url) {
            for (n, v) in &self.headers {
                req = req.header(n.as_str(), v.as_str());
            }
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
        ureq::Error::Io(io) if io.get_ref().is_some_and(|r| r.is::<Refused>()) => {
            FetchError::Other(io.into_inner().map(|r| r.to_string()).unwrap_or_default())
        }
        ureq::Error::Timeout(_) => FetchError::Timeout,
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => FetchError::Timeout,
        ureq::Error::HostNotFound => FetchError::Other("host not found (DNS)".into()),
        other => FetchError::Other(other.to_string()),
    }
}

/// A host name as compared: lower case, an IPv6 address without its brackets.
fn bare(host: &str) -> String {
    host.trim_start_matches('[')
        .trim_end_matches(']')
        .to_ascii_lowercase()
}

/// Why an address is never connected to unless its host is named with
/// `--allow-host`: a cloud metadata service, or a link-local address (where a cloud's
/// instance services live). `None` for any other address, loopback included.
pub fn internal_address(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => internal_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return internal_v4(v4);
            }
            let s = v6.segments();
            // NAT64 (64:ff9b::/96) reaches the IPv4 address in its last 32 bits.
            if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
                return internal_v4(Ipv4Addr::from((u32::from(s[6]) << 16) | u32::from(s[7])));
            }
            if v6 == Ipv6Addr::new(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254) {
                return Some("a cloud metadata address");
            }
            if s[0] & 0xffc0 == 0xfe80 {
                return Some("a link-local address");
            }
            None
        }
    }
}

fn internal_v4(v4: Ipv4Addr) -> Option<&'static str> {
    const METADATA: [Ipv4Addr; 3] = [
        // AWS, GCP, Azure, Oracle, DigitalOcean, OpenStack.
        Ipv4Addr::new(169, 254, 169, 254),
        // Alibaba Cloud.
        Ipv4Addr::new(100, 100, 100, 200),
        // Azure's WireServer.
        Ipv4Addr::new(168, 63, 129, 16),
    ];
    if METADATA.contains(&v4) {
        Some("a cloud metadata address")
    } else if v4.is_link_local() {
        Some("a link-local address")
    } else {
        None
    }
}

fn refusal(host: &str, ip: IpAddr, why: &str) -> String {
    let at = if bare(host).parse::<IpAddr>() == Ok(ip) {
        format!("{ip} is {why}")
    } else {
        format!("{host} resolves to {ip}, {why}")
    };
    format!("{at}: not connected to (name it with --allow-host {host} to fetch it)")
}

/// A refused address, carried through ureq's error as an I/O error's inner error.
#[derive(Debug)]
struct Refused(String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

/// The resolver: what `inner` answers, less the link-local and metadata addresses of a
/// host not named with `--allow-host`. The connector connects only to what it returns.
#[derive(Debug)]
struct Guard<R> {
    inner: R,
    internal_ok: Vec<String>,
}

impl<R: Resolver> Resolver for Guard<R> {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let addrs = self.inner.resolve(uri, config, timeout)?;
        let host = uri.host().unwrap_or_default();
        // The proxy the user's environment names is the user's.
        let proxy = config.proxy().is_some_and(|p| bare(p.host()) == bare(host));
        if proxy || self.internal_ok.contains(&bare(host)) {
            return Ok(addrs);
        }
        let mut kept = self.inner.empty();
        let mut refused = None;
        for a in addrs.iter() {
            match internal_address(a.ip()) {
                Some(why) => {
                    refused.get_or_insert((a.ip(), why));
                }
                None => kept.push(*a),
            }
        }
        match refused {
            Some((ip, why)) if kept.is_empty() => Err(ureq::Error::Io(std::io::Error::other(
                Refused(refusal(host, ip, why)),
            ))),
            _ => Ok(kept),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::SocketAddr;

    #[test]
    fn link_local_and_metadata_addresses_are_internal() {
        for a in [
            "169.254.169.254",
            "169.254.170.2",
            "169.254.0.1",
            "100.100.100.200",
            "168.63.129.16",
            "fe80::1",
            "febf::1",
            "fd00:ec2::254",
            "::ffff:169.254.169.254",
            "64:ff9b::a9fe:a9fe",
        ] {
            assert!(internal_address(a.parse().unwrap()).is_some(), "{a}");
        }
        for a in [
            "127.0.0.1",
            "::1",
            "10.0.0.1",
            "192.168.1.1",
            "100.100.100.201",
            "93.184.216.34",
            "fd00:ec2::253",
            "fec0::1",
            "2001:db8::1",
        ] {
            assert!(internal_address(a.parse().unwrap()).is_none(), "{a}");
        }
    }

    #[test]
    fn headers_go_only_to_the_hosts_named() {
        let c = Client::new(&ClientOptions {
            headers: vec![("x-bypass".into(), "t".into())],
            header_hosts: vec![
                AllowedHost {
                    host: "example.com".into(),
                    port: None,
                },
                AllowedHost {
                    host: "cdn.test".into(),
                    port: Some(443),
                },
            ],
            ..ClientOptions::default()
        })
        .unwrap();
        let named = |u: &str| c.named(&Url::parse(u).unwrap());
        assert!(named("http://EXAMPLE.com/"));
        assert!(named("https://example.com:8443/a"));
        assert!(named("https://cdn.test/x.js"));
        assert!(!named("http://cdn.test/x.js"));
        assert!(!named("https://www.example.com/"));
        assert!(!named("https://example.com.evil.test/"));
        assert!(!named("http://169.254.169.254/"));
    }

    /// A resolver that answers what DNS would for a rebinding name.
    #[derive(Debug)]
    struct Answers(Vec<SocketAddr>);

    impl Resolver for Answers {
        fn resolve(
            &self,
            _: &ureq::http::Uri,
            _: &ureq::config::Config,
            _: NextTimeout,
        ) -> Result<ResolvedSocketAddrs, ureq::Error> {
            let mut v = self.empty();
            for a in &self.0 {
                v.push(*a);
            }
            Ok(v)
        }
    }

    fn resolve(answers: &[&str], internal_ok: &[&str], uri: &str) -> Result<Vec<String>, String> {
        let g = Guard {
            inner: Answers(answers.iter().map(|a| a.parse().unwrap()).collect()),
            internal_ok: internal_ok.iter().map(|h| bare(h)).collect(),
        };
        let config = ureq::config::Config::default();
        g.resolve(&uri.parse().unwrap(), &config, NextTimeout::default())
            .map(|v| v.iter().map(ToString::to_string).collect())
            .map_err(|e| match error(e) {
                FetchError::Other(s) => s,
                FetchError::Timeout => "timeout".into(),
            })
    }

    #[test]
    fn the_resolver_never_hands_over_an_internal_address_of_a_host_not_named() {
        // A name that resolves to the metadata service (a rebind, or a planted record).
        let e = resolve(&["169.254.169.254:80"], &[], "http://rebind.test/").unwrap_err();
        assert_eq!(
            e,
            "rebind.test resolves to 169.254.169.254, a cloud metadata address: not \
             connected to (name it with --allow-host rebind.test to fetch it)"
        );
        let e = resolve(&["[fe80::1]:443"], &[], "https://rebind.test/").unwrap_err();
        assert!(e.contains("a link-local address"), "{e}");
        // Mixed answers: only the public one is kept.
        assert_eq!(
            resolve(
                &["169.254.169.254:80", "93.184.216.34:80"],
                &[],
                "http://a.test/"
            ),
            Ok(vec!["93.184.216.34:80".to_string()])
        );
        // Named with --allow-host: kept.
        assert_eq!(
            resolve(
                &["169.254.169.254:80"],
                &["Rebind.test"],
                "http://rebind.test/"
            ),
            Ok(vec!["169.254.169.254:80".to_string()])
        );
        // Loopback is no internal address.
        assert_eq!(
            resolve(&["127.0.0.1:8080"], &[], "http://localhost:8080/"),
            Ok(vec!["127.0.0.1:8080".to_string()])
        );
    }
}
