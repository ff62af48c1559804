//! Gaps: for each zone, the indicators a peer reached at a higher level,
//! with the peer's evidence sentence.

use super::{Gap, ZoneBenchmark};
use crate::score::Scorer;

/// Gaps of each member of a peer group (`members` index `zones`, which are
/// in rank order), in member order.
pub(super) fn gaps(scorer: &Scorer, zones: &[ZoneBenchmark], members: &[usize]) -> Vec<Vec<Gap>> {
    let mut out = vec![Vec::new(); members.len()];
    let Some(first) = members.first().and_then(|&i| zones.get(i)) else {
        return out;
    };
    for (d, dim) in first.score.dimensions.iter().enumerate() {
        for (k, ind) in dim.indicators.iter().enumerate() {
            let level_of = |m: usize| -> u32 {
                zones
                    .get(m)
                    .and_then(|z| z.score.dimensions.get(d))
                    .and_then(|dd| dd.indicators.get(k))
                    .map_or(0, |i| i.level)
            };
            // Members are in rank order (then id), so the first member with
            // the highest level is the best peer; keep the runner-up for the
            // best member itself.
            let mut best: Option<(usize, u32)> = None;
            let mut second: Option<(usize, u32)> = None;
            let mut levels: Vec<u32> = Vec::with_capacity(members.len());
            for (pos, &m) in members.iter().enumerate() {
                let level = level_of(m);
                levels.push(level);
                if best.is_none_or(|(_, l)| level > l) {
                    second = best;
                    best = Some((pos, level));
                } else if second.is_none_or(|(_, l)| level > l) {
                    second = Some((pos, level));
                }
            }
            let mut sorted = levels.clone();
            sorted.sort_unstable();
            for (pos, &own) in levels.iter().enumerate() {
                let peer = match best {
                    Some((p, _)) if p == pos => second,
                    other => other,
                };
                let Some((peer_pos, peer_level)) = peer else {
                    continue;
                };
                if peer_level <= own {
                    continue;
                }
                let Some(peer_zone) = members.get(peer_pos).and_then(|&m| zones.get(m)) else {
                    continue;
                };
                let peers_ahead = sorted.len() - sorted.partition_point(|&l| l <= own);
                let evidence = peer_zone
                    .score
                    .dimensions
                    .get(d)
                    .and_then(|dd| dd.indicators.get(k))
                    .and_then(|i| {
                        i.evidence
                            .iter()
                            .find(|e| e.level == peer_level)
                            .or_else(|| i.evidence.first())
                    })
                    .cloned();
                if let Some(list) = out.get_mut(pos) {
                    list.push(Gap {
                        dimension: dim.id.clone(),
                        indicator: ind.id.clone(),
                        indicator_name: ind.name.clone(),
                        level: own,
                        level_name: scorer.level_name(own).to_string(),
                        peer: peer_zone.zone.id.clone(),
                        peer_name: peer_zone.zone.name.clone(),
                        peer_level,
                        peer_level_name: scorer.level_name(peer_level).to_string(),
                        peers_ahead,
                        evidence,
                    });
                }
            }
        }
    }
    out
}
