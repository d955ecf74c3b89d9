//! Where a report goes and how it looks.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};

use anyhow::{Context, Result};
use keyfence_model::{Exposure, Finding, Problem, Report, Stats};
use keyfence_report::{Format, ReportMeta, SinkOptions};
use keyfence_rules::RuleSet;

use crate::args::{ColorArg, FormatArg, OutputArgs};
use crate::console::{self, Spelling};

/// An opened destination: the file is created before scanning starts, so that a bad
/// `--output` fails at once rather than after a long scan.
pub struct Destination {
    writer: Box<dyn Write>,
    /// `--output FILE`, said on stderr once the report is written.
    file: Option<std::path::PathBuf>,
    format: Format,
    opts: SinkOptions,
}

impl Destination {
    pub fn open(args: &OutputArgs, rules: &RuleSet) -> Result<Destination> {
        let format = match args.format {
            Some(FormatArg::Human) => Format::Human,
            Some(FormatArg::Json) => Format::Json,
            Some(FormatArg::Jsonl) => Format::Jsonl,
            Some(FormatArg::Sarif) => Format::Sarif,
            Some(FormatArg::Github) => Format::Github,
            Some(FormatArg::Html) => Format::Html,
            // Inside GitHub Actions, annotations and a job summary by default.
            None if std::env::var("GITHUB_ACTIONS").as_deref() == Ok("true") => Format::Github,
            None => Format::Human,
        };
        let (writer, is_terminal): (Box<dyn Write>, bool) = match &args.output {
            Some(path) => {
                let file = File::create(path)
                    .with_context(|| format!("cannot write --output {}", path.display()))?;
                (Box::new(BufWriter::new(file)), false)
            }
            // Inside Actions the runner reads stdout for commands: the GitHub format's
            // are keyfence's own; every other format is spelled so it holds none.
            None if format == Format::Github => (
                Box::new(BufWriter::new(console::commands())),
                io::stdout().is_terminal(),
            ),
            None => (
                Box::new(BufWriter::new(console::stdout_as(match format {
                    Format::Json | Format::Jsonl | Format::Sarif => Spelling::Json,
                    Format::Html => Spelling::Html,
                    _ => Spelling::Text,
                }))),
                io::stdout().is_terminal(),
            ),
        };
        let color = match args.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => is_terminal && std::env::var_os("NO_COLOR").is_none(),
        };
        Ok(Destination {
            writer,
            file: args.output.clone(),
            format,
            opts: SinkOptions {
                show_secrets: args.show_secrets,
                color: color && format == Format::Human,
                rules: rules.rules().to_vec(),
                flows: !rules.flows().is_empty(),
                step_summary: std::env::var_os("GITHUB_STEP_SUMMARY")
                    .filter(|p| !p.is_empty())
                    .map(Into::into),
                meta: ReportMeta::default(),
            },
        })
    }

    /// What reports say about the run (HTML, the job summary).
    pub fn meta(&mut self) -> &mut ReportMeta {
        &mut self.opts.meta
    }

    /// Writes the report.
    pub fn write(
        self,
        findings: &[Finding],
        stats: &Stats,
        problems: &[Problem],
    ) -> io::Result<()> {
        // People read the client-side findings first: those break the terms outright.
        let mut ordered;
        let findings = if self.format == Format::Human {
            ordered = findings.to_vec();
            ordered.sort_by_key(|f| f.exposure != Exposure::Client);
            &ordered[..]
        } else {
            findings
        };
        let file = self.file;
        let mut sink = keyfence_report::sink(self.format, self.opts, self.writer);
        sink.write(&Report {
            findings,
            stats,
            problems,
        })?;
        drop(sink); // flushes the file
        if let Some(path) = file {
            if !crate::progress::quiet() {
                let _ = writeln!(
                    crate::console::stderr(),
                    "keyfence: report written to {}",
                    keyfence_model::escape::terminal(&path.display().to_string())
                );
            }
        }
        Ok(())
    }
}
