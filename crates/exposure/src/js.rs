//! What the project model needs from JavaScript and TypeScript source: its imports, its
//! top-level exports with their extent, and the values of a few configuration
//! properties. A lexer turns the text into tokens (strings, template literals, regular
//! expressions and comments are told apart, so an `import` in a string is not one);
//! everything else reads the tokens. It is linear in the input and never fails: text it
//! cannot make sense of costs an edge, never a crash.
//!
//! A full parser (oxc_parser) would do the same and more; it added about a fifth to a
//! cold release build, for what a lexer finds as well.

/// The kinds of token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Ident,
    /// A string literal; its span holds the quotes.
    Str,
    /// A template literal with no `${`; its span holds the backticks.
    Template,
    Punct(u8),
    Other,
}

/// A token and where it is.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub kind: Tok,
    pub start: u32,
    pub end: u32,
}

/// Words after which a `/` starts a regular expression.
const BEFORE_REGEX: &[&[u8]] = &[
    b"return",
    b"typeof",
    b"instanceof",
    b"in",
    b"of",
    b"new",
    b"delete",
    b"void",
    b"throw",
    b"case",
    b"do",
    b"else",
    b"yield",
    b"await",
];

fn ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b'$' || b >= 0x80
}

fn ident_part(b: u8) -> bool {
    ident_start(b) || b.is_ascii_digit()
}

/// The tokens of `src`.
pub fn lex(src: &[u8]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    // Brace depths at which a template's `${` opened: a `}` at that depth resumes the
    // template.
    let mut templates: Vec<u32> = Vec::new();
    let mut braces: u32 = 0;
    let mut i = 0;
    let n = src.len();
    if src.starts_with(b"#!") {
        i = memchr::memchr(b'\n', src).unwrap_or(n);
    }
    while i < n {
        let b = src[i];
        let start = i;
        match b {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => i += 1,
            b'/' if src.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &src[i..]).map_or(n, |k| i + k);
            }
            b'/' if src.get(i + 1) == Some(&b'*') => {
                i = memchr::memmem::find(&src[i + 2..], b"*/").map_or(n, |k| i + 2 + k + 2);
            }
            b'\'' | b'"' => {
                let end = string_end(src, i, b);
                match end {
                    Some(e) => {
                        out.push(tok(Tok::Str, start, e));
                        i = e;
                    }
                    // Unterminated on its line (JSX text such as `don't`): a quote.
                    None => {
                        out.push(tok(Tok::Punct(b), start, start + 1));
                        i += 1;
                    }
                }
            }
            b'`' => {
                let (end, opened) = template_end(src, i + 1);
                if opened {
                    templates.push(braces);
                    braces += 1;
                    out.push(tok(Tok::Other, start, end));
                } else {
                    out.push(tok(Tok::Template, start, end));
                }
                i = end;
            }
            b'}' if templates.last() == Some(&(braces.wrapping_sub(1))) => {
                // The end of a `${…}`: the template goes on.
                templates.pop();
                braces = braces.saturating_sub(1);
                let (end, opened) = template_end(src, i + 1);
                if opened {
                    templates.push(braces);
                    braces += 1;
                }
                out.push(tok(Tok::Other, start, end));
                i = end;
            }
            b'/' if regex_allowed(src, out.last()) => match regex_end(src, i) {
                Some(e) => {
                    out.push(tok(Tok::Other, start, e));
                    i = e;
                }
                None => {
                    out.push(tok(Tok::Punct(b'/'), start, start + 1));
                    i += 1;
                }
            },
            b'0'..=b'9' => {
                while i < n && (src[i].is_ascii_alphanumeric() || src[i] == b'.' || src[i] == b'_')
                {
                    i += 1;
                }
                out.push(tok(Tok::Other, start, i));
            }
            b if ident_start(b) => {
                while i < n && ident_part(src[i]) {
                    i += 1;
                }
                out.push(tok(Tok::Ident, start, i));
            }
            _ => {
                match b {
                    b'{' => braces += 1,
                    b'}' => braces = braces.saturating_sub(1),
                    _ => {}
                }
                out.push(tok(Tok::Punct(b), start, start + 1));
                i += 1;
            }
        }
    }
    out
}

fn tok(kind: Tok, start: usize, end: usize) -> Token {
    Token {
        kind,
        start: start as u32,
        end: end as u32,
    }
}

/// Where a string that opens at `at` with `q` ends (past the closing quote); `None`
/// when a line ends first.
fn string_end(src: &[u8], at: usize, q: u8) -> Option<usize> {
    let mut i = at + 1;
    while i < src.len() {
        match src[i] {
            b'\\' => i += 2,
            b'\n' => return None,
            c if c == q => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Scans a template's text from `from`: where it stops (past the closing backtick, or
/// past a `${`), and whether it stopped at a `${`.
fn template_end(src: &[u8], from: usize) -> (usize, bool) {
    let mut i = from;
    while i < src.len() {
        match src[i] {
            b'\\' => i += 2,
            b'`' => return (i + 1, false),
            b'$' if src.get(i + 1) == Some(&b'{') => return (i + 2, true),
            _ => i += 1,
        }
    }
    (src.len(), false)
}

/// Whether a `/` after `prev` starts a regular expression (not a division).
fn regex_allowed(src: &[u8], prev: Option<&Token>) -> bool {
    match prev {
        None => true,
        Some(t) => match t.kind {
            Tok::Punct(b')' | b']' | b'}') => false,
            Tok::Punct(_) => true,
            Tok::Ident => BEFORE_REGEX.contains(&&src[t.start as usize..t.end as usize]),
            _ => false,
        },
    }
}

/// Where a regular expression that opens at `at` ends (past its flags); `None` when a
/// line ends first.
fn regex_end(src: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    let mut class = false;
    while i < src.len() {
        match src[i] {
            b'\\' => i += 2,
            b'\n' => return None,
            b'[' => {
                class = true;
                i += 1;
            }
            b']' => {
                class = false;
                i += 1;
            }
            b'/' if !class => {
                i += 1;
                while i < src.len() && src[i].is_ascii_alphabetic() {
                    i += 1;
                }
                return Some(i);
            }
            _ => i += 1,
        }
    }
    None
}

/// How a module is brought in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    /// `import … from`, `import "x"`, `export … from`.
    Static,
    /// `import("x")`.
    Dynamic,
    /// `require("x")`.
    Require,
}

/// One import: the module specifier as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    pub spec: String,
    pub kind: ImportKind,
}

/// The text of a token.
pub fn text<'s>(src: &'s [u8], t: &Token) -> &'s [u8] {
    &src[t.start as usize..t.end as usize]
}

/// The value of a string or plain template token, without its quotes.
pub fn string_value(src: &[u8], t: &Token) -> Option<String> {
    match t.kind {
        Tok::Str | Tok::Template if t.end - t.start >= 2 => Some(
            String::from_utf8_lossy(&src[t.start as usize + 1..t.end as usize - 1]).into_owned(),
        ),
        _ => None,
    }
}

fn is_ident(src: &[u8], t: Option<&Token>, word: &[u8]) -> bool {
    t.is_some_and(|t| t.kind == Tok::Ident && text(src, t) == word)
}

fn is_punct(t: Option<&Token>, c: u8) -> bool {
    t.is_some_and(|t| t.kind == Tok::Punct(c))
}

/// The modules `src` imports, in order: static imports and re-exports, dynamic
/// imports, `require` calls. Type-only imports (`import type …`) are left out: the
/// build erases them.
pub fn imports(src: &[u8], toks: &[Token]) -> Vec<Import> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.kind != Tok::Ident || is_punct(i.checked_sub(1).and_then(|p| toks.get(p)), b'.') {
            continue;
        }
        let word = text(src, t);
        let next = toks.get(i + 1);
        let found = match word {
            b"import" if is_punct(next, b'(') => {
                string_at(src, toks, i + 2).map(|s| (s, ImportKind::Dynamic))
            }
            b"import" if next.is_some_and(|n| matches!(n.kind, Tok::Str)) => {
                string_at(src, toks, i + 1).map(|s| (s, ImportKind::Static))
            }
            b"import" if is_ident(src, next, b"type") && !is_punct(toks.get(i + 2), b',') => None,
            b"import" => from_clause(src, toks, i + 1).map(|s| (s, ImportKind::Static)),
            b"export" if is_punct(next, b'{') || is_punct(next, b'*') => {
                from_clause(src, toks, i + 1).map(|s| (s, ImportKind::Static))
            }
            b"require" if is_punct(next, b'(') && is_punct(toks.get(i + 3), b')') => {
                string_at(src, toks, i + 2).map(|s| (s, ImportKind::Require))
            }
            _ => None,
        };
        if let Some((spec, kind)) = found {
            out.push(Import { spec, kind });
        }
    }
    out
}

fn string_at(src: &[u8], toks: &[Token], i: usize) -> Option<String> {
    string_value(src, toks.get(i)?)
}

/// The specifier after the `from` of an import or export clause that starts at `i`
/// (within a bounded number of tokens, stopping at a `;`).
fn from_clause(src: &[u8], toks: &[Token], i: usize) -> Option<String> {
    let mut depth = 0i32;
    for k in i..(i + 256).min(toks.len()) {
        let t = &toks[k];
        match t.kind {
            Tok::Punct(b'{') => depth += 1,
            Tok::Punct(b'}') => depth -= 1,
            Tok::Punct(b';') if depth <= 0 => return None,
            Tok::Punct(b'(' | b'=') if depth <= 0 => return None,
            Tok::Ident if depth <= 0 && text(src, t) == b"from" => {
                return string_at(src, toks, k + 1);
            }
            _ => {}
        }
    }
    None
}

/// A top-level declaration: its name and the byte range it covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declaration {
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// The top-level `function NAME`, `const NAME =` (and `let`, `var`), exported or not,
/// each with the bytes up to the end of its statement.
pub fn declarations(src: &[u8], toks: &[Token]) -> Vec<Declaration> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        match t.kind {
            Tok::Punct(b'{' | b'(' | b'[') => depth += 1,
            Tok::Punct(b'}' | b')' | b']') => depth -= 1,
            Tok::Ident if depth == 0 => {
                let w = text(src, t);
                let mut k = i + 1;
                if w == b"function" || w == b"const" || w == b"let" || w == b"var" {
                    if is_punct(toks.get(k), b'*') {
                        k += 1;
                    }
                    if let Some(name) = toks.get(k).filter(|n| n.kind == Tok::Ident) {
                        let end = statement_end(toks, k + 1, w == b"function");
                        out.push(Declaration {
                            name: String::from_utf8_lossy(text(src, name)).into_owned(),
                            start: t.start as usize,
                            end: toks.get(end).map_or(src.len(), |e| e.end as usize),
                        });
                        i = end + 1;
                        continue;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The token that ends a top-level statement starting at `from`: for a function, the
/// `}` that closes its body; otherwise a `;` at depth 0, or the last token before the
/// next top-level `export`, `import`, `function`, `const` (a statement without `;`).
fn statement_end(toks: &[Token], from: usize, function: bool) -> usize {
    let mut depth = 0i32;
    let mut opened = false;
    for (k, t) in toks.iter().enumerate().skip(from) {
        match t.kind {
            Tok::Punct(b'{' | b'(' | b'[') => {
                depth += 1;
                opened |= t.kind == Tok::Punct(b'{');
            }
            Tok::Punct(b'}' | b')' | b']') => {
                depth -= 1;
                if function && opened && depth == 0 && t.kind == Tok::Punct(b'}') {
                    return k;
                }
                if depth < 0 {
                    return k.saturating_sub(1);
                }
            }
            Tok::Punct(b';') if depth == 0 => return k,
            _ => {}
        }
    }
    toks.len().saturating_sub(1)
}

/// The top-level declaration that holds byte `offset`, if any.
pub fn declaration_at(decls: &[Declaration], offset: usize) -> Option<&Declaration> {
    decls.iter().find(|d| d.start <= offset && offset < d.end)
}

/// How many places a property is looked for, and how far its value is followed: a
/// crafted configuration must not make reading it quadratic.
const MAX_PROPERTIES: usize = 16;
const MAX_VALUE_TOKENS: usize = 1 << 17;

/// The value of property `name` (`name: …` or `"name": …` anywhere in the source):
/// the token range of its value, up to the `,` or closing bracket that ends it.
pub fn property(src: &[u8], toks: &[Token], name: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if out.len() == MAX_PROPERTIES {
            break;
        }
        let key = match t.kind {
            Tok::Ident => text(src, t) == name.as_bytes(),
            Tok::Str => string_value(src, t).as_deref() == Some(name),
            _ => false,
        };
        if key && is_punct(toks.get(i + 1), b':') {
            out.push(i + 2..value_end(toks, i + 2));
        }
    }
    out
}

/// The token after the last of a value that starts at `from` (at most
/// [`MAX_VALUE_TOKENS`] on).
fn value_end(toks: &[Token], from: usize) -> usize {
    let mut depth = 0i32;
    let stop = from.saturating_add(MAX_VALUE_TOKENS).min(toks.len());
    for (k, t) in toks.iter().enumerate().take(stop).skip(from) {
        match t.kind {
            Tok::Punct(b'{' | b'(' | b'[') => depth += 1,
            Tok::Punct(b'}' | b')' | b']') => {
                if depth == 0 {
                    return k;
                }
                depth -= 1;
            }
            Tok::Punct(b',' | b';') if depth == 0 => return k,
            _ => {}
        }
    }
    stop
}

/// The strings in a token range (a string value, or an array of them).
pub fn strings_in(src: &[u8], toks: &[Token], range: std::ops::Range<usize>) -> Vec<String> {
    toks[range.start.min(toks.len())..range.end.min(toks.len())]
        .iter()
        .filter_map(|t| string_value(src, t))
        .collect()
}

/// The keys of the object literal that starts at token `from` (`{ key: …, "k": … }`),
/// each with the token range of its value.
pub fn object_keys(
    src: &[u8],
    toks: &[Token],
    from: usize,
) -> Vec<(String, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    if !is_punct(toks.get(from), b'{') {
        return out;
    }
    let mut k = from + 1;
    while k < toks.len() {
        let t = &toks[k];
        if t.kind == Tok::Punct(b'}') {
            break;
        }
        let key = match t.kind {
            Tok::Ident => Some(String::from_utf8_lossy(text(src, t)).into_owned()),
            Tok::Str | Tok::Template => string_value(src, t),
            _ => None,
        };
        let end = if is_punct(toks.get(k + 1), b':') {
            let end = value_end(toks, k + 2);
            if let Some(key) = key {
                out.push((key, k + 2..end));
            }
            end
        } else {
            // A shorthand, a spread or a method: skip to the next `,`.
            value_end(toks, k)
        };
        if end >= toks.len() || is_punct(toks.get(end), b'}') {
            break;
        }
        // Past the value and its `,`; always forward, whatever the tokens.
        k = if is_punct(toks.get(end), b',') {
            end + 1
        } else {
            end.max(k + 1)
        };
    }
    out
}

/// The token index of the first argument of each call of `callee` (`new NAME(`,
/// `NAME(`, `x.NAME(`).
pub fn call_args(src: &[u8], toks: &[Token], callee: &str) -> Vec<usize> {
    toks.iter()
        .enumerate()
        .filter(|(i, t)| {
            t.kind == Tok::Ident
                && text(src, t) == callee.as_bytes()
                && is_punct(toks.get(i + 1), b'(')
        })
        .map(|(i, _)| i + 2)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn specs(src: &str) -> Vec<(String, ImportKind)> {
        let toks = lex(src.as_bytes());
        imports(src.as_bytes(), &toks)
            .into_iter()
            .map(|i| (i.spec, i.kind))
            .collect()
    }

    #[test]
    fn imports_of_every_form_and_none_in_strings_or_comments() {
        let src = r#"#!/usr/bin/env node
import a from './a';
import { b, c as d } from "../b.js";
import * as e from '@/e'
import './side-effect.css';
import type { T } from './types';
import def, { type U } from './mixed';
export { x } from './x';
export * from './star';
export * as ns from './ns';
const lazy = () => import('./lazy');
const cjs = require('./cjs');
// import nope from './comment';
/* require('./block') */
const s = "import fake from './string'";
const t = `require('./template')`;
const re = /import x from '.\/regex'/g;
const ratio = a / b / c;
obj.require('./method');
"#;
        let got = specs(src);
        let want: Vec<(String, ImportKind)> = [
            ("./a", ImportKind::Static),
            ("../b.js", ImportKind::Static),
            ("@/e", ImportKind::Static),
            ("./side-effect.css", ImportKind::Static),
            ("./mixed", ImportKind::Static),
            ("./x", ImportKind::Static),
            ("./star", ImportKind::Static),
            ("./ns", ImportKind::Static),
            ("./lazy", ImportKind::Dynamic),
            ("./cjs", ImportKind::Require),
        ]
        .into_iter()
        .map(|(s, k)| (s.to_string(), k))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn templates_with_expressions_and_jsx_text_do_not_derail_it() {
        let src = "const a = `x ${ {k: 1}.k } y ${`inner ${2}`}`;\nconst p = <p>Don't stop</p>;\nimport z from './z';\n";
        assert_eq!(specs(src), vec![("./z".to_string(), ImportKind::Static)]);
    }

    #[test]
    fn declarations_and_their_extent() {
        let src = "import x from 'y';\nexport async function getServerSideProps(ctx) {\n  const k = 1;\n  return { props: {} };\n}\nexport const loader = async () => {\n  return 2;\n};\nexport default function Page() { return null }\n";
        let toks = lex(src.as_bytes());
        let d = declarations(src.as_bytes(), &toks);
        let names: Vec<&str> = d.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["getServerSideProps", "loader", "Page"]);
        let inside = src.find("const k").unwrap();
        assert_eq!(
            declaration_at(&d, inside).map(|d| d.name.as_str()),
            Some("getServerSideProps")
        );
        let page = src.find("return null").unwrap();
        assert_eq!(
            declaration_at(&d, page).map(|d| d.name.as_str()),
            Some("Page")
        );
    }

    #[test]
    fn properties_and_object_keys() {
        let src = r#"export default defineConfig({
  envPrefix: ['VITE_', 'APP_'],
  define: { 'process.env.ZAI_KEY': JSON.stringify(process.env.ZAI_KEY), __BUILD__: 1 },
  plugins: [new webpack.DefinePlugin({ "process.env.GLM": "x" })],
})"#;
        let b = src.as_bytes();
        let toks = lex(b);
        let prefix = property(b, &toks, "envPrefix");
        assert_eq!(strings_in(b, &toks, prefix[0].clone()), ["VITE_", "APP_"]);
        let define = property(b, &toks, "define");
        let keys: Vec<String> = object_keys(b, &toks, define[0].start)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(keys, ["process.env.ZAI_KEY", "__BUILD__"]);
        let args = call_args(b, &toks, "DefinePlugin");
        let keys: Vec<String> = object_keys(b, &toks, args[0])
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(keys, ["process.env.GLM"]);
    }

    #[test]
    fn hostile_input_is_linear_and_never_panics() {
        let mut src = Vec::new();
        for piece in [
            &b"`${"[..],
            b"'",
            b"/",
            b"/*",
            b"\"",
            b"{",
            b"}",
            b"import(",
            b"\\",
        ] {
            src.extend(piece.repeat(10_000));
        }
        let toks = lex(&src);
        assert!(toks.len() <= src.len());
        let _ = imports(&src, &toks);
        let _ = declarations(&src, &toks);
    }
}
