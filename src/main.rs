//! `zone-reform`: the command-line program over the `zone_reform` library.
//!
//! The binary owns flags, terminal output, progress bars, standard input
//! and output, JSON-lines framing and exit codes (`src/cli/`); scoring,
//! benchmarking and validation are the library's. `zone-reform --help`
//! lists the subcommands and exit codes.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
