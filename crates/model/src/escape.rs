//! Escaping, one function per target, for every string that comes from what was
//! scanned or from the outside (paths, archive member names, authors, commit subjects,
//! reasons naming files, URLs, source-map names, repository and variable names):
//! such text may hold escape sequences that clear a terminal or retitle it, newlines
//! that forge a line of output, or Markdown that renders as a link or an image.
//!
//! - [`terminal`]: control characters (C0, DEL, C1), and the invisible characters that
//!   reorder or hide text (bidirectional overrides and isolates, zero-width ones), are
//!   shown as `\x1b`, `\n`, `\u{202e}`; never emitted.
//! - [`github`]: a workflow command's message (`::error …::message`): [`terminal`],
//!   then the Actions toolkit's own escapes (`%`, CR, LF).
//! - [`github_property`]: a workflow command's property (`file=`, `title=`): also `:`
//!   and `,`.
//! - [`markdown_code`]: a Markdown code span that no backtick in the text can end (so
//!   nothing in it renders: no link, no image, no HTML), safe in a table cell.
//! - [`html`]: HTML text and attribute values.
//! - [`actions_text`], [`actions_json`], [`actions_html`]: a line of output inside
//!   GitHub Actions that keyfence did not compose as a workflow command. The runner
//!   obeys `::command` at a line's start (after blanks) and `##[command]` anywhere, on
//!   stdout and stderr alike, and matches both with .NET's culture-aware comparison,
//!   which skips ignorable characters (`#\u{ad}#[` matches `##[`). The `[` of any
//!   `##[` and the first `:` of a line-start `::` are written as escapes of the
//!   format (`\x5b`, `\u005b`, `&#91;`), so no text read from outside can forge an
//!   annotation, a mask or a `stop-commands` that would silence keyfence's own.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` must not reach a terminal as it is.
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}' // zero-width space, joiners, LRM, RLM
                | '\u{2028}' | '\u{2029}' // line and paragraph separators
                | '\u{202a}'..='\u{202e}' // bidirectional embeddings and overrides
                | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
                | '\u{2066}'..='\u{2069}' // bidirectional isolates
                | '\u{feff}' // zero-width no-break space
        )
}

/// Unicode's default-ignorable characters not already [`hidden`] as controls or
/// zero-width ones: text comparisons (the Actions runner's among them) skip them.
fn ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' // soft hyphen
            | '\u{34f}' // combining grapheme joiner
            | '\u{61c}' // Arabic letter mark
            | '\u{115f}' | '\u{1160}' // Hangul fillers
            | '\u{17b4}' | '\u{17b5}'
            | '\u{180b}'..='\u{180f}' // Mongolian selectors and vowel separator
            | '\u{2065}'
            | '\u{3164}' | '\u{ffa0}' // Hangul fillers
            | '\u{fe00}'..='\u{fe0f}' // variation selectors
            | '\u{fff0}'..='\u{fff8}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0000}'..='\u{e0fff}' // tags, variation selectors supplement
    )
}

/// `s` as a terminal may show it: see the module.
pub fn terminal(s: &str) -> Cow<'_, str> {
    if !s.chars().any(hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !hidden(c) {
            out.push(c);
            continue;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
        }
    }
    Cow::Owned(out)
}

/// At most `max` characters of `s` (text a file held, quoted by an error), escaped as
/// [`terminal`] does, `…` where cut: an error never carries a whole file into a log.
pub fn snippet(s: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        let mut buf = [0u8; 4];
        out.push_str(&terminal(c.encode_utf8(&mut buf)));
    }
    out
}

/// Text of several lines (an error and its causes) as a terminal may show it: line
/// feeds and tabs are kept, every other hidden character shown as in [`terminal`].
pub fn terminal_text(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| hidden(c) && !matches!(c, '\n' | '\t')) {
        return Cow::Borrowed(s);
    }
    let lines: Vec<String> = s
        .split('\n')
        .map(|line| {
            line.split('\t')
                .map(|part| terminal(part).into_owned())
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect();
    Cow::Owned(lines.join("\n"))
}

/// A workflow command's message: see the module.
pub fn github(s: &str) -> String {
    let shown = terminal(s);
    // Data of a command, never a line's start: only `##[` is to break.
    let spelling = Spelling {
        colon: ":",
        bracket: "\\x5b",
        line_start: false,
    };
    neutralise(&shown, spelling)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: see the module.
pub fn github_property(s: &str) -> String {
    github(s).replace(':', "%3A").replace(',', "%2C")
}

/// `s` as one Markdown code span, safe in a GitHub table cell: see the module.
pub fn markdown_code(s: &str) -> String {
    let text = terminal(s).replace('|', "\\|");
    if text.is_empty() {
        return "` `".to_string();
    }
    // A fence one backtick longer than the longest run inside cannot be closed by it.
    let (mut longest, mut run) = (0, 0);
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    // Text that starts or ends with a backtick (or a space) is padded with a space,
    // which the code span drops.
    let pad = if text.starts_with(['`', ' ']) || text.ends_with(['`', ' ']) || text.is_empty() {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// How a line of output in GitHub Actions writes the characters it must not hand to
/// the runner as they are.
#[derive(Clone, Copy)]
struct Spelling {
    colon: &'static str,
    bracket: &'static str,
    /// Whether a line's start can hold a `:` at all (JSON's lines cannot: they start
    /// with `{`, a quote or a bracket, and a string cannot take an escape there).
    line_start: bool,
}

/// A line of text (human output, warnings, errors) as the Actions runner may read
/// it: see the module. A carriage return, which the runner also takes for a line's
/// end, is shown as `\r`.
pub fn actions_text(line: &str) -> Cow<'_, str> {
    let line: Cow<'_, str> = if line.contains('\r') {
        Cow::Owned(line.replace('\r', "\\r"))
    } else {
        Cow::Borrowed(line)
    };
    let spelling = Spelling {
        colon: "\\x3a",
        bracket: "\\x5b",
        line_start: true,
    };
    match neutralise(&line, spelling) {
        Cow::Borrowed(_) => line,
        Cow::Owned(s) => Cow::Owned(s),
    }
}

/// A line of JSON (JSON, JSON Lines, SARIF) as the Actions runner may read it: a `[`
/// that ends `##[` can only be in a string, where `\u005b` is the same character to
/// every JSON reader.
pub fn actions_json(line: &str) -> Cow<'_, str> {
    neutralise(
        line,
        Spelling {
            colon: ":",
            bracket: "\\u005b",
            line_start: false,
        },
    )
}

/// A line of HTML as the Actions runner may read it (`&#58;`, `&#91;`: the same
/// characters to a browser).
pub fn actions_html(line: &str) -> Cow<'_, str> {
    neutralise(
        line,
        Spelling {
            colon: "&#58;",
            bracket: "&#91;",
            line_start: true,
        },
    )
}

/// Whether the runner's comparison may skip `c` (or, at a line's start, trim it).
fn skipped(c: char) -> bool {
    (hidden(c) || ignorable(c)) && c != '\n' && c != '\r'
}

/// Writes the `[` of every `##[` and the first `:` of a line-start `::`, ignorable
/// characters between them or not, as `spelling` says.
fn neutralise(line: &str, spelling: Spelling) -> Cow<'_, str> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut marks: Vec<(usize, &'static str)> = Vec::new();
    if spelling.line_start {
        // The runner trims blanks first; the comparison then skips ignorables.
        let mut it = chars
            .iter()
            .skip_while(|(_, c)| skipped(*c) || c.is_whitespace());
        if let Some((i, ':')) = it.next() {
            if let Some((_, ':')) = it.find(|(_, c)| !skipped(*c)) {
                marks.push((*i, spelling.colon));
            }
        }
    }
    // `#`, `#`, `[`, with only skipped characters between.
    let mut hashes = 0;
    for &(i, c) in &chars {
        match c {
            '[' if hashes >= 2 => {
                marks.push((i, spelling.bracket));
                hashes = 0;
            }
            '#' => hashes += 1,
            c if skipped(c) => {}
            _ => hashes = 0,
        }
    }
    if marks.is_empty() {
        return Cow::Borrowed(line);
    }
    marks.sort_unstable();
    let mut out = String::with_capacity(line.len() + 8 * marks.len());
    let mut from = 0;
    for (i, with) in marks {
        out.push_str(&line[from..i]);
        out.push_str(with);
        from = i + 1; // `:` and `[` are one byte
    }
    out.push_str(&line[from..]);
    Cow::Owned(out)
}

/// HTML text and attribute values.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if hidden(c) && !matches!(c, '\n' | '\t') => {
                let _ = write!(out, "&#{};", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_shows_what_it_would_obey() {
        assert_eq!(terminal("src/app.js"), "src/app.js");
        assert_eq!(terminal("a\x1b]0;pwned\x07b"), "a\\x1b]0;pwned\\x07b");
        assert_eq!(terminal("x\ny\tz\r"), "x\\ny\\tz\\r");
        assert_eq!(terminal("evil\u{202e}txt.exe"), "evil\\u{202e}txt.exe");
        assert_eq!(terminal("\u{9b}31m"), "\\x9b31m");
        assert_eq!(terminal("日本語/файл"), "日本語/файл");
    }

    #[test]
    fn text_keeps_its_lines() {
        assert_eq!(terminal_text("a\n\tb"), "a\n\tb");
        assert_eq!(terminal_text("a\x1b[2J\nb\r"), "a\\x1b[2J\nb\\r");
    }

    #[test]
    fn github_commands_cannot_be_forged() {
        assert_eq!(github("a\n::error::x"), "a\\n::error::x");
        assert_eq!(github("100%"), "100%25");
        assert_eq!(github("\x1b[2J"), "\\x1b[2J");
        assert_eq!(github_property("a:b,c"), "a%3Ab%2Cc");
    }

    #[test]
    fn actions_commands_cannot_be_forged() {
        assert_eq!(actions_text("a/b.js"), "a/b.js");
        assert_eq!(actions_text("x ##[error]y"), "x ##\\x5berror]y");
        assert_eq!(
            actions_text("###[stop-commands]t"),
            "###\\x5bstop-commands]t"
        );
        assert_eq!(
            actions_text("#\u{ad}#\u{200b}[x]"),
            "#\u{ad}#\u{200b}\\x5bx]"
        );
        assert_eq!(actions_text("::error::x"), "\\x3a:error::x");
        assert_eq!(
            actions_text(" \t\u{ad}:\u{ad}:add-mask::x"),
            " \t\u{ad}\\x3a\u{ad}:add-mask::x"
        );
        assert_eq!(actions_text("a ::b"), "a ::b");
        assert_eq!(actions_text("a\r::b"), "a\\r::b");
        assert_eq!(actions_json("{\"p\":\"##[x\"}"), "{\"p\":\"##\\u005bx\"}");
        assert_eq!(actions_json("::x"), "::x");
        assert_eq!(actions_html("<td>##[x</td>"), "<td>##&#91;x</td>");
        assert_eq!(github("a\n##[error]b"), "a\\n##\\x5berror]b");
        assert_eq!(github("::x"), "::x");
    }

    #[test]
    fn a_code_span_holds_any_text() {
        assert_eq!(markdown_code("src/app.js"), "`src/app.js`");
        assert_eq!(markdown_code("a`b"), "``a`b``");
        assert_eq!(markdown_code("`x`"), "`` `x` ``");
        assert_eq!(markdown_code("a|b"), "`a\\|b`");
        assert_eq!(
            markdown_code("x` ![i](https://e.example/p.png) `"),
            "`` x` ![i](https://e.example/p.png) ` ``"
        );
        assert_eq!(markdown_code(""), "` `");
        assert_eq!(markdown_code("a\nb"), "`a\\nb`");
    }

    #[test]
    fn html_escapes_markup_and_controls() {
        assert_eq!(
            html("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(html("a\x1bb"), "a&#27;b");
    }
}
