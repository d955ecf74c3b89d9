//! keyfence's served-site source: what a browser loads from a deployed site.
//!
//! [`crawl::crawl`] starts from pages and fetches, on the allowed hosts only and
//! within every bound, what they make a browser load: scripts (`<script src>`,
//! preloads, static and dynamic imports, webpack and Next.js chunk maps), workers and
//! what they import, the web app manifest, JSON, and source maps. Each document goes
//! to a [`crawl::Visitor`], which scans it with the same per-blob step as every other
//! source; each original source a source map embeds goes there too, as a file of its
//! own. Links are read by hand-written one-pass readers ([`links`], [`webpack`]) and
//! maps by [`sourcemap`]; the network is [`http`] (ureq on rustls with ring).
//!
//! Nothing here runs unless the user asks for `keyfence url`: the network is used by
//! no other command.

pub mod crawl;
pub mod http;
pub mod links;
pub mod sourcemap;
pub mod webpack;

pub use crawl::{crawl, AllowedHost, Bounds, CrawlOutcome, Served, Visitor};
pub use http::{Client, ClientOptions};
pub use links::Kind;
