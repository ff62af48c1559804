//! The one-line forms of hits, verdicts and statuses.

use std::fmt;

use super::{Anyway, KwicHit, Status, Verdict};

/// `; sentence counts at L via a, b` when the indicator counts anyway.
fn write_anyway(f: &mut fmt::Formatter<'_>, anyway: &Option<Anyway>) -> fmt::Result {
    match anyway {
        Some(a) => write!(
            f,
            "; sentence counts at {} anyway via {}",
            a.level,
            a.terms.join(", ")
        ),
        None => Ok(()),
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Counted {
                level, cue, cap, ..
            } => {
                match cue {
                    Some(cue) => write!(f, "counted at {level} (cue {cue})")?,
                    None => write!(f, "counted at {level} (no cue)")?,
                }
                match cap {
                    Some(cap) => write!(f, "; {cap}"),
                    None => Ok(()),
                }
            }
            Status::Voided { rule, anyway } => {
                write!(f, "voided by context {rule}")?;
                write_anyway(f, anyway)
            }
            Status::Negated { cue, anyway } => {
                write!(f, "negated by {cue} in its clause")?;
                write_anyway(f, anyway)
            }
            Status::Swallowed { by, roles, anyway } if by.is_empty() => {
                write!(f, "not matched ({})", roles.join(", "))?;
                write_anyway(f, anyway)
            }
            Status::Swallowed { by, roles, anyway } => {
                write!(f, "swallowed by {by} ({})", roles.join(", "))?;
                write_anyway(f, anyway)
            }
            Status::Incomplete { missing } if missing.is_empty() => write!(f, "incomplete"),
            Status::Incomplete { missing } => {
                write!(f, "incomplete (missing")?;
                for (i, m) in missing.iter().enumerate() {
                    let sep = if i == 0 { " " } else { "; " };
                    let shown: Vec<&str> = m.terms.iter().take(4).map(String::as_str).collect();
                    let more = if m.terms.len() > shown.len() {
                        "|…"
                    } else {
                        ""
                    };
                    write!(f, "{sep}group {}: {}{more}", m.group, shown.join("|"))?;
                }
                write!(f, ")")
            }
            Status::NotATerm { roles } => write!(f, "not a term ({})", roles.join(", ")),
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.indicator {
            Some(ind) => write!(f, "{ind}: {}", self.status),
            None => write!(f, "{}", self.status),
        }
    }
}

impl fmt::Display for KwicHit {
    /// One line: `doc:offset  …left【match】right…  verdict; verdict`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let l = if self.left_cut { "…" } else { "" };
        let r = if self.right_cut { "…" } else { "" };
        write!(
            f,
            "{}:{}  {l}{}【{}】{}{r}  ",
            self.document, self.start, self.left, self.matched, self.right
        )?;
        for (i, v) in self.verdicts.iter().enumerate() {
            if i > 0 {
                write!(f, "; ")?;
            }
            write!(f, "{v}")?;
        }
        if let (
            Some(sw),
            Some(Verdict {
                status: Status::NotATerm { .. },
                ..
            }),
        ) = (&self.swallowed_by, self.verdicts.first())
        {
            write!(f, "; swallowed by {} ({})", sw.phrase, sw.roles.join(", "))?;
        }
        Ok(())
    }
}
