//! Where a report goes and how it looks.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};

use anyhow::{Context, Result};
use keyfence_report::{Format, SinkOptions};
use keyfence_scan::{Finding, Stats};

use crate::args::{ColorArg, FormatArg, OutputArgs};

/// An opened destination: the file is created before scanning starts, so that a bad
/// `--output` fails at once rather than after a long scan.
pub struct Destination {
    writer: Box<dyn Write>,
    format: Format,
    opts: SinkOptions,
}

impl Destination {
    pub fn open(args: &OutputArgs) -> Result<Destination> {
        let (writer, is_terminal): (Box<dyn Write>, bool) = match &args.output {
            Some(path) => {
                let file = File::create(path)
                    .with_context(|| format!("cannot write --output {}", path.display()))?;
                (Box::new(BufWriter::new(file)), false)
            }
            None => (
                Box::new(BufWriter::new(io::stdout().lock())),
                io::stdout().is_terminal(),
            ),
        };
        let format = match args.format {
            FormatArg::Human => Format::Human,
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
        };
        let color = match args.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => is_terminal && std::env::var_os("NO_COLOR").is_none(),
        };
        Ok(Destination {
            writer,
            format,
            opts: SinkOptions {
                show_secrets: args.show_secrets,
                color: color && format == Format::Human,
            },
        })
    }

    /// Writes every finding, then the summary.
    pub fn write(self, findings: &[Finding], stats: &Stats) -> io::Result<()> {
        let mut sink = keyfence_report::sink(self.format, self.opts, self.writer);
        for f in findings {
            sink.finding(f)?;
        }
        sink.finish(stats, findings)
    }
}
