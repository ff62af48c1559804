//! zone-reform: score Chinese development-zone reform documents against a TOML rubric.
#![warn(missing_docs)]

pub mod ingest;
pub mod validate;

pub use ingest::Document;
