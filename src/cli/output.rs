//! Where a subcommand's output goes: standard output, or `--output PATH`
//! written atomically (a temporary file in the same directory, renamed over
//! PATH when complete, so a crash never leaves half a report and two runs
//! never interleave).

use std::io::{self, BufWriter, ErrorKind, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::Failure;

/// Writes `value` as indented JSON and a final newline.
pub fn write_json<T: Serialize>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// Writes `value` as one line of JSON. Generic over the writer, so that a
/// line rendered into a `Vec<u8>` (as batch workers do) appends each of its
/// many small pieces in place instead of through a virtual call.
pub fn write_json_line<W: Write + ?Sized, T: Serialize>(out: &mut W, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// The output of one run.
pub enum Out {
    /// Standard output. `closed` is set once the reader has gone (a broken
    /// pipe, as under `| head`): the rest of the output is dropped quietly.
    Stdout {
        /// Buffered standard output.
        writer: BufWriter<io::Stdout>,
        /// The reader closed the pipe.
        closed: bool,
    },
    /// A temporary file beside `path`, renamed to `path` by [`Out::finish`].
    File {
        /// The temporary file.
        writer: BufWriter<tempfile::NamedTempFile>,
        /// Where it goes when complete.
        path: PathBuf,
    },
}

impl Out {
    /// Standard output when `path` is `None`, else a temporary file in
    /// `path`'s directory.
    pub fn open(path: Option<&Path>) -> Result<Out, Failure> {
        let Some(path) = path else {
            return Ok(Out::Stdout {
                writer: BufWriter::new(io::stdout()),
                closed: false,
            });
        };
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let file = tempfile::Builder::new()
            .prefix(".zone-reform-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| {
                Failure::usage(format!(
                    "{}: cannot create a temporary file in {} for --output: {e}; check that the directory exists and is writable",
                    path.display(),
                    dir.display()
                ))
            })?;
        Ok(Out::File {
            writer: BufWriter::new(file),
            path: path.to_path_buf(),
        })
    }

    /// Whether the reader of standard output has gone away.
    pub fn is_closed(&self) -> bool {
        matches!(self, Out::Stdout { closed: true, .. })
    }

    /// Writes `text`.
    pub fn write_str(&mut self, text: &str) -> Result<(), Failure> {
        self.write_all(text.as_bytes())
            .map_err(|e| self.failure(&e))
    }

    /// The failure for a write error.
    pub fn failure(&self, e: &io::Error) -> Failure {
        match self {
            Out::Stdout { .. } => Failure::usage(format!("cannot write standard output: {e}")),
            Out::File { path, .. } => {
                Failure::usage(format!("{}: cannot write output: {e}", path.display()))
            }
        }
    }

    /// Flushes the output; for a file, renames it into place.
    pub fn finish(self) -> Result<(), Failure> {
        match self {
            Out::Stdout { mut writer, closed } => {
                if closed {
                    return Ok(());
                }
                match writer.flush() {
                    Err(e) if e.kind() != ErrorKind::BrokenPipe => {
                        Err(Failure::usage(format!("cannot write standard output: {e}")))
                    }
                    _ => Ok(()),
                }
            }
            Out::File { writer, path } => {
                let fail = |e: &dyn std::fmt::Display| {
                    Failure::usage(format!("{}: cannot write output: {e}", path.display()))
                };
                let file = writer
                    .into_inner()
                    .map_err(|e| fail(&e.error().to_string()))?;
                file.as_file().sync_all().map_err(|e| fail(&e))?;
                readable_by_all(file.as_file()).map_err(|e| fail(&e))?;
                file.persist(&path).map_err(|e| fail(&e.error))?;
                Ok(())
            }
        }
    }
}

/// Temporary files are created private (0600); a report is an ordinary
/// file, so give it the usual 0644.
#[cfg(unix)]
fn readable_by_all(file: &std::fs::File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn readable_by_all(_file: &std::fs::File) -> io::Result<()> {
    Ok(())
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Out::Stdout { writer, closed } => {
                if *closed {
                    return Ok(buf.len());
                }
                match writer.write(buf) {
                    Err(e) if e.kind() == ErrorKind::BrokenPipe => {
                        *closed = true;
                        Ok(buf.len())
                    }
                    other => other,
                }
            }
            Out::File { writer, .. } => writer.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Out::Stdout { writer, closed } => {
                if *closed {
                    return Ok(());
                }
                match writer.flush() {
                    Err(e) if e.kind() == ErrorKind::BrokenPipe => {
                        *closed = true;
                        Ok(())
                    }
                    other => other,
                }
            }
            Out::File { writer, .. } => writer.flush(),
        }
    }
}
