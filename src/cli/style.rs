//! Colour (`--color auto|always|never`): ANSI styles for a terminal, plain
//! text everywhere else.

use std::io::IsTerminal;

/// The `--color` choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when the stream is a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    fn enabled(self, terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

/// How text is decorated on one stream.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    color: bool,
}

impl Style {
    /// For standard output; never colour when writing to a file.
    pub fn for_stdout(choice: ColorChoice, to_file: bool) -> Style {
        Style {
            color: !to_file && choice.enabled(std::io::stdout().is_terminal()),
        }
    }

    /// For standard error.
    pub fn for_stderr(choice: ColorChoice) -> Style {
        Style {
            color: choice.enabled(std::io::stderr().is_terminal()),
        }
    }

    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// Headings.
    pub fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }

    /// Errors and things that did not count.
    pub fn red(self, text: &str) -> String {
        self.paint("31", text)
    }

    /// Things that counted.
    pub fn green(self, text: &str) -> String {
        self.paint("32", text)
    }

    /// Warnings and the phrase in a KWIC line.
    pub fn yellow(self, text: &str) -> String {
        self.paint("33", text)
    }

    /// Notes and secondary detail.
    pub fn dim(self, text: &str) -> String {
        self.paint("2", text)
    }

    /// Prints `error: message` on stderr.
    pub fn error(self, message: &str) {
        eprintln!("{} {message}", self.red("error:"));
    }

    /// Prints `warning: message` on stderr.
    pub fn warning(self, message: &str) {
        eprintln!("{} {message}", self.yellow("warning:"));
    }
}
