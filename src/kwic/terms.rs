//! Every term of a rubric (or of one dimension) in one document: the
//! KWIC hits of each term, for `zone-reform explain`.

use super::{Kwic, KwicError, KwicHit};
use crate::ingest::Document;
use crate::matcher::Role;
use crate::score::Scorer;

/// Every occurrence of every term of the rubric in `doc` (of one
/// dimension's indicators when `dimension` is given), with `width`
/// characters of context: the [`Kwic`] hits of each term, in document
/// order, each with the verdicts of the indicators of that dimension. An
/// occurrence of a term inside a longer term is listed under both, so the
/// list says for every term hit why it counted or not.
///
/// ```
/// use zone_reform::{kwic, Document, Rubric, Scorer};
/// let scorer = Scorer::new(&Rubric::builtin()?)?;
/// let doc = Document::from_text("a.txt", "招商银行提供贷款。我区成立招商专班,签约项目32个。");
/// let hits = kwic::term_hits(&scorer, &doc, Some("investment"), 10)?;
/// assert!(hits.iter().any(|h| h.to_string().contains("counted at 3")));
/// assert!(hits.iter().all(|h| h.verdicts.iter().all(|v| {
///     v.indicator.as_deref().is_some_and(|i| i.starts_with("investment/"))
/// })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`KwicError::UnknownDimension`] for a dimension the rubric lacks.
///
/// Generic terms (`generic = [...]`, which count like `any` terms but stay
/// mentions unless bound) are listed with the others:
///
/// ```
/// use zone_reform::{kwic, Document, Rubric, Scorer};
/// let scorer = Scorer::new(&Rubric::builtin()?)?;
/// let doc = Document::from_text("a.txt", "开发区管委会\n开发区加大招商引资力度。");
/// let hits = kwic::term_hits(&scorer, &doc, Some("investment"), 10)?;
/// assert!(hits.iter().any(|h| h.matched == "招商引资"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn term_hits(
    scorer: &Scorer,
    doc: &Document,
    dimension: Option<&str>,
    width: usize,
) -> Result<Vec<KwicHit>, KwicError> {
    if let Some(dim) = dimension {
        if !scorer.dimension_ids().any(|d| d == dim) {
            return Err(KwicError::UnknownDimension {
                dimension: dim.to_string(),
                known: scorer.dimension_ids().map(str::to_string).collect(),
            });
        }
    }
    let in_scope = |indicator: u32| {
        scorer
            .indicator_ref(indicator)
            .is_some_and(|r| dimension.is_none_or(|d| r.dimension == d))
    };
    let matcher = scorer.matcher();
    let terms = matcher.phrases().iter().enumerate().filter(|(i, _)| {
        u32::try_from(*i).is_ok_and(|i| {
            matcher.roles(i).iter().any(|r| match *r {
                // Generic terms count like `any` terms (capped), so
                // they are listed too.
                Role::Term { indicator, .. } | Role::Generic { indicator } => in_scope(indicator),
                _ => false,
            })
        })
    });
    let norm = scorer.normalizer().normalize(&doc.text);
    let prefix = dimension.map(|d| format!("{d}/"));
    let mut hits = Vec::new();
    for (_, term) in terms {
        let kwic = Kwic::new(scorer, term)?.with_width(width);
        for mut hit in kwic.find_normalized(&doc.id, &doc.text, &norm) {
            if let Some(prefix) = &prefix {
                hit.verdicts.retain(|v| {
                    v.indicator
                        .as_deref()
                        .is_some_and(|i| i.starts_with(prefix))
                });
            }
            hits.push(hit);
        }
    }
    hits.sort_by(|a, b| (a.start, a.end, &a.matched).cmp(&(b.start, b.end, &b.matched)));
    Ok(hits)
}
