//! Webpack's chunk maps: the runtime builds a lazy chunk's file name from its id
//! (`X.u = e => "static/chunks/" + e + "." + {814: "8d03…"}[e] + ".js"`), and other
//! chunks ask for ids (`X.e(814)`). The template and the ids may come in different
//! files; the crawler keeps both and asks for every name they make.

use std::collections::{BTreeMap, BTreeSet};

/// The most ids kept from one site, and the most templates.
pub const MAX_IDS: usize = 50_000;
pub const MAX_TEMPLATES: usize = 16;
/// How far past `.u=` a template is read.
const TEMPLATE_SPAN: usize = 64 << 10;

/// One piece of a chunk file name.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    Lit(String),
    /// The chunk id itself.
    Id,
    /// A lookup by id, with the id itself where the map lacks it (`{…}[e]||e`).
    Map(BTreeMap<String, String>, bool),
}

/// A runtime's chunk file name template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
}

impl Template {
    /// The file name of chunk `id`, when the template knows it.
    pub fn name(&self, id: &str) -> Option<String> {
        let mut out = String::new();
        for p in &self.parts {
            match p {
                Part::Lit(s) => out.push_str(s),
                Part::Id => out.push_str(id),
                Part::Map(m, fallback) => match m.get(id) {
                    Some(v) => out.push_str(v),
                    None if *fallback => out.push_str(id),
                    None => return None,
                },
            }
        }
        Some(out)
    }

    /// The ids its maps name.
    pub fn ids(&self) -> impl Iterator<Item = &String> {
        self.parts
            .iter()
            .flat_map(|p| match p {
                Part::Map(m, _) => Some(m.keys()),
                _ => None,
            })
            .flatten()
    }
}

/// The chunk file name templates of webpack runtimes in `js` (`X.u=`).
pub fn templates(js: &[u8]) -> Vec<Template> {
    let finder = memchr::memmem::Finder::new(b".u=");
    let mut out = Vec::new();
    let mut i = 0;
    // A real runtime sets `.u` once or twice; a file that says `.u=` more often than
    // this is read no further for templates (each try reads up to TEMPLATE_SPAN).
    let mut tries = 0;
    while let Some(off) = finder.find(&js[i..]) {
        let at = i + off;
        i = at + 3;
        if tries == 256 || out.len() == MAX_TEMPLATES {
            break;
        }
        if at == 0 || !(js[at - 1].is_ascii_alphanumeric() || matches!(js[at - 1], b'_' | b'$')) {
            continue;
        }
        tries += 1;
        let span = &js[i..(i + TEMPLATE_SPAN).min(js.len())];
        let mut p = Parser::new(span);
        if let Some(t) = p.template() {
            i += p.i;
            if out.len() < MAX_TEMPLATES && !out.contains(&t) {
                out.push(t);
            }
        }
    }
    out
}

/// The chunk ids code asks the runtime for: `X.e(814)`, `X.e("about")`.
pub fn chunk_ids(js: &[u8], ids: &mut BTreeSet<String>) {
    let finder = memchr::memmem::Finder::new(b".e(");
    let mut i = 0;
    while let Some(off) = finder.find(&js[i..]) {
        let at = i + off;
        i = at + 3;
        if ids.len() >= MAX_IDS {
            return;
        }
        if at == 0 || !(js[at - 1].is_ascii_alphanumeric() || matches!(js[at - 1], b'_' | b'$')) {
            continue;
        }
        let mut p = Parser::new(&js[i..(i + 64).min(js.len())]);
        let id = match p.peek() {
            Some(b'0'..=b'9') => p.number(),
            Some(b'"' | b'\'') => p.string(),
            _ => None,
        };
        if let (Some(id), Some(b')')) = (id, p.peek()) {
            ids.insert(id);
        }
    }
}

/// A tiny reader of the expressions webpack emits for `X.u`.
struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn new(s: &'a [u8]) -> Parser<'a> {
        Parser { s, i: 0 }
    }

    fn peek(&mut self) -> Option<u8> {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, lit: &[u8]) -> bool {
        self.peek();
        if self.s[self.i..].starts_with(lit) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }

    fn ident(&mut self) -> Option<String> {
        self.peek();
        let start = self.i;
        while self.i < self.s.len()
            && (self.s[self.i].is_ascii_alphanumeric() || matches!(self.s[self.i], b'_' | b'$'))
        {
            self.i += 1;
        }
        (self.i > start && !self.s[start].is_ascii_digit())
            .then(|| String::from_utf8_lossy(&self.s[start..self.i]).into_owned())
    }

    fn number(&mut self) -> Option<String> {
        self.peek();
        let start = self.i;
        while self.i < self.s.len() && self.s[self.i].is_ascii_digit() {
            self.i += 1;
        }
        (self.i > start && self.i - start <= 20)
            .then(|| String::from_utf8_lossy(&self.s[start..self.i]).into_owned())
    }

    /// A string literal without escapes or interpolation.
    fn string(&mut self) -> Option<String> {
        let q = self.peek()?;
        if !matches!(q, b'"' | b'\'' | b'`') {
            return None;
        }
        let start = self.i + 1;
        let len = memchr::memchr(q, &self.s[start..])?;
        let v = &self.s[start..start + len];
        if v.contains(&b'\\') || (q == b'`' && v.windows(2).any(|w| w == b"${")) {
            return None;
        }
        self.i = start + len + 1;
        Some(String::from_utf8_lossy(v).into_owned())
    }

    /// `e=>BODY`, `(e)=>BODY`, `function(e){return BODY}`.
    fn template(&mut self) -> Option<Template> {
        let param = if self.eat(b"function") {
            self.ident();
            self.eat(b"(").then_some(())?;
            let p = self.ident()?;
            (self.eat(b")") && self.eat(b"{") && self.eat(b"return")).then_some(p)?
        } else {
            let paren = self.eat(b"(");
            let p = self.ident()?;
            if paren && !self.eat(b")") {
                return None;
            }
            self.eat(b"=>").then_some(p)?
        };
        let mut parts = Vec::new();
        loop {
            self.term(&param, &mut parts)?;
            if parts.len() > 64 {
                return None;
            }
            if !self.eat(b"+") {
                break;
            }
        }
        let any_id = parts.iter().any(|p| matches!(p, Part::Id | Part::Map(..)));
        let lit_only = parts.iter().all(|p| matches!(p, Part::Lit(_)));
        (any_id || lit_only).then_some(Template { parts })
    }

    /// One term: a string, the parameter, `{…}[e]`, `({…}[e]||e)`, `(({…})[e]||e)`.
    fn term(&mut self, param: &str, parts: &mut Vec<Part>) -> Option<()> {
        match self.peek()? {
            b'"' | b'\'' | b'`' => parts.push(Part::Lit(self.string()?)),
            b'{' => parts.push(Part::Map(self.lookup(param)?, false)),
            b'(' => {
                self.i += 1;
                let open = self.eat(b"(");
                let map = self.object()?;
                if open && !self.eat(b")") {
                    return None;
                }
                self.index(param)?;
                let fallback = if self.eat(b"||") {
                    (self.ident()? == param).then_some(true)?
                } else {
                    false
                };
                self.eat(b")").then_some(())?;
                parts.push(Part::Map(map, fallback));
            }
            _ => {
                let id = self.ident()?;
                (id == param).then_some(())?;
                parts.push(Part::Id);
            }
        }
        Some(())
    }

    fn lookup(&mut self, param: &str) -> Option<BTreeMap<String, String>> {
        let m = self.object()?;
        self.index(param)?;
        Some(m)
    }

    fn index(&mut self, param: &str) -> Option<()> {
        (self.eat(b"[") && self.ident()? == param && self.eat(b"]")).then_some(())
    }

    /// `{key:"value",…}` with number, identifier or string keys.
    fn object(&mut self) -> Option<BTreeMap<String, String>> {
        self.eat(b"{").then_some(())?;
        let mut m = BTreeMap::new();
        loop {
            if self.eat(b"}") {
                return Some(m);
            }
            let key = match self.peek()? {
                b'0'..=b'9' => self.number()?,
                b'"' | b'\'' => self.string()?,
                _ => self.ident()?,
            };
            self.eat(b":").then_some(())?;
            let v = self.string()?;
            if m.len() < MAX_IDS {
                m.insert(key, v);
            }
            if !self.eat(b",") {
                return self.eat(b"}").then_some(m);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_cra_runtimes() {
        let next = br#"r.u=e=>"static/chunks/"+e+".8d0323deba7b8a82.js",r.miniCssF=e=>{}"#;
        let t = templates(next);
        assert_eq!(t.len(), 1);
        assert_eq!(
            t[0].name("814").unwrap(),
            "static/chunks/814.8d0323deba7b8a82.js"
        );

        let maps = br#"d.u=function(e){return"static/chunks/"+(({350:"about",7:"x"})[e]||e)+"."+{350:"aa11",9:"bb22"}[e]+".js"}"#;
        let t = templates(maps);
        assert_eq!(t[0].name("350").unwrap(), "static/chunks/about.aa11.js");
        assert_eq!(t[0].name("9").unwrap(), "static/chunks/9.bb22.js");
        assert_eq!(t[0].name("7"), None);
        let ids: Vec<&String> = t[0].ids().collect();
        assert_eq!(ids.len(), 4);

        let lit = br#"n.u=e=>"static/js/translate.2da62e60.chunk.js","#;
        assert_eq!(
            templates(lit)[0].name("1").unwrap(),
            "static/js/translate.2da62e60.chunk.js"
        );
    }

    #[test]
    fn ids_from_calls() {
        let mut ids = BTreeSet::new();
        chunk_ids(
            br#"n.e(135).then(()=>n(58));Promise.all([r.e("about"),r.e(x)])"#,
            &mut ids,
        );
        assert_eq!(ids.into_iter().collect::<Vec<_>>(), vec!["135", "about"]);
    }

    #[test]
    fn hostile_templates_end() {
        assert!(templates(b"a.u=").is_empty());
        assert!(templates(b"a.u=e=>").is_empty());
        assert!(templates(b"a.u=e=>{{{{{{{{").is_empty());
        let mut big = b"a.u=e=>\"x\"".to_vec();
        big.extend(std::iter::repeat_n(&b"+\"x\""[..], 10_000).flatten());
        let _ = templates(&big);
    }
}
