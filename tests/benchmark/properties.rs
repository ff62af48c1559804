//! Benchmark invariants over random score tables.

use super::*;
use proptest::prelude::*;

fn options() -> BenchmarkOptions {
    BenchmarkOptions {
        sensitivity: SensitivityOptions {
            draws: 50,
            ..SensitivityOptions::default()
        },
        ..BenchmarkOptions::default()
    }
}

fn run(s: &Scorer, table: &[[u32; 3]]) -> Benchmark {
    let docs = table
        .iter()
        .enumerate()
        .map(|(i, levels)| doc(s, &format!("z{i:02}"), None, *levels))
        .collect();
    build(
        s,
        &BenchmarkSpec::default(),
        &Manifest::default(),
        docs,
        &options(),
    )
}

proptest! {
    /// Invariant 8: the frontier zone of a dimension has distance 100 on
    /// it, distances lie on 0–100, ranks follow totals, and adding a
    /// zone never changes another zone's own scores.
    #[test]
    fn frontier_zone_has_distance_100_and_adding_a_zone_changes_no_score(
        table in prop::collection::vec(prop::array::uniform3(0u32..=3), 1..8),
        extra in prop::array::uniform3(0u32..=3),
    ) {
        let s = scorer();
        let b = run(&s, &table);
        let zones = &b.periods[0].zones;
        for i in 0..b.dimensions.len() {
            let best = zones.iter().map(|z| z.dimension_score(i)).fold(f64::MIN, f64::max);
            for z in zones {
                let d = z.distance.dimensions[i];
                prop_assert!((0.0..=100.0).contains(&d));
                if z.dimension_score(i) == best {
                    prop_assert_eq!(d, 100.0);
                }
            }
        }
        for x in zones {
            prop_assert!((0.0..=100.0).contains(&x.distance.total));
            for y in zones {
                if x.score.total > y.score.total + 1e-9 {
                    prop_assert!(x.rank < y.rank);
                }
            }
        }
        let mut more = table.clone();
        more.push(extra);
        let after = run(&s, &more);
        for z in zones {
            let again = after.periods[0].zone(&z.zone.id);
            prop_assert_eq!(Some(&z.score), again.map(|a| &a.score));
        }
    }
}
