//! The JSON-lines protocol of `zone-reform score --jsonl`: one request
//! `{"id", "text"}` or `{"id", "path"}` per input line, one response per
//! output line at the same position, flushed after each chunk so that the
//! program works as a filter under Spark's `RDD.pipe`, Hadoop streaming or
//! GNU parallel.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use zone_reform::batch::{self, BatchSummary, Input};
use zone_reform::{DimensionScore, DocumentScore, Scorer};

use super::{Exit, Global, Outcome};

/// One request line: `{"id": .., "text": ..}` or `{"id": .., "path": ..}`.
/// The id may be any JSON value.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Request {
    id: serde_json::Value,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    path: Option<PathBuf>,
}

/// One response line.
#[derive(Serialize)]
struct Response<'a> {
    id: &'a serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    total: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dimensions: Option<&'a [DimensionScore]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Standard input to `--output` (or standard output). Exit 1 when a line
/// could not be scored or the reader went away before every answer was
/// delivered.
pub fn stream(g: &Global, scorer: &Scorer) -> Outcome {
    let mut out = g.out()?;
    let stdin = std::io::stdin().lock();
    let summary = score_jsonl(scorer, stdin, &mut out, batch::default_chunk())
        .map_err(|e| out.failure(&e))?;
    let closed = out.is_closed();
    out.finish()?;
    Ok(if summary.failed == 0 && !closed {
        Exit::Ok
    } else {
        Exit::SomeFailed
    })
}

/// Reads request lines from `input` a chunk at a time, scores each chunk in
/// parallel, and writes one response per line to `output` in input order
/// (a line that is not a valid request gets `"id": null` and the reason).
fn score_jsonl<R: BufRead, W: Write>(
    scorer: &Scorer,
    input: R,
    mut output: W,
    chunk: usize,
) -> std::io::Result<BatchSummary> {
    let chunk = chunk.max(1);
    let mut lines = input.lines();
    let mut summary = BatchSummary::default();
    loop {
        let batch_lines = lines
            .by_ref()
            .take(chunk)
            .collect::<std::io::Result<Vec<String>>>()?;
        if batch_lines.is_empty() {
            return Ok(summary);
        }
        // Each line becomes its id plus either the index of an input to
        // score or the reason it cannot be scored.
        let mut ids = Vec::with_capacity(batch_lines.len());
        let mut slots: Vec<Result<usize, String>> = Vec::with_capacity(batch_lines.len());
        let mut inputs = Vec::new();
        for line in &batch_lines {
            let (id, slot) = match serde_json::from_str::<Request>(line) {
                Ok(Request { id, text: Some(text), path: None }) => {
                    let name = id.as_str().map_or_else(|| id.to_string(), str::to_string);
                    inputs.push(Input::Text { id: name, text });
                    (id, Ok(inputs.len() - 1))
                }
                Ok(Request { id, text: None, path: Some(path) }) => {
                    inputs.push(Input::Path(path));
                    (id, Ok(inputs.len() - 1))
                }
                Ok(Request { id, .. }) => {
                    (id, Err("give exactly one of \"text\" and \"path\"".to_string()))
                }
                Err(e) => (
                    serde_json::Value::Null,
                    Err(format!(
                        "bad request line: {e}; expected {{\"id\": .., \"text\": ..}} or {{\"id\": .., \"path\": ..}}"
                    )),
                ),
            };
            ids.push(id);
            slots.push(slot);
        }
        let mut results: Vec<Option<Result<DocumentScore, String>>> =
            (0..inputs.len()).map(|_| None).collect();
        batch::score_stream(scorer, inputs, chunk, |item| {
            if let Some(slot) = results.get_mut(item.index) {
                *slot = Some(item.result.map_err(|e| e.to_string()));
            }
        });
        for (id, slot) in ids.iter().zip(slots) {
            let result = slot.and_then(|i| {
                results
                    .get_mut(i)
                    .and_then(Option::take)
                    .unwrap_or_else(|| Err("not scored".to_string()))
            });
            let response = match &result {
                Ok(score) => {
                    summary.scored += 1;
                    Response {
                        id,
                        total: Some(score.total),
                        dimensions: Some(&score.dimensions),
                        error: None,
                    }
                }
                Err(e) => {
                    summary.failed += 1;
                    Response {
                        id,
                        total: None,
                        dimensions: None,
                        error: Some(e.clone()),
                    }
                }
            };
            serde_json::to_writer(&mut output, &response)?;
            output.write_all(b"\n")?;
        }
        output.flush()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use zone_reform::Rubric;

    #[test]
    fn jsonl_answers_every_line_in_order() {
        let rubric = Rubric::builtin().unwrap_or_else(|e| panic!("{e}"));
        let sc = Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"));
        let input = [
            r#"{"id": "a", "text": "开发区推行“管委会+公司”改革。"}"#,
            "not json",
            r#"{"id": 7, "path": "/no/such/file.txt"}"#,
            r#"{"id": "both", "text": "x", "path": "y"}"#,
            r#"{"id": "e", "text": ""}"#,
        ]
        .join("\n");
        let mut out = Vec::new();
        let summary = score_jsonl(&sc, input.as_bytes(), &mut out, 2).unwrap_or_default();
        let text = String::from_utf8(out).unwrap_or_default();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_default())
            .collect();
        assert_eq!(lines.len(), 5);
        assert_eq!(lines[0]["id"], "a");
        assert!(lines[0]["total"].as_f64().is_some_and(|t| t > 0.0));
        assert!(lines[1]["id"].is_null() && lines[1]["error"].is_string());
        assert_eq!(lines[2]["id"], 7);
        assert!(lines[2]["error"].is_string());
        assert!(lines[3]["error"]
            .as_str()
            .is_some_and(|e| e.contains("exactly one")));
        assert_eq!(lines[4]["total"], 0.0);
        assert_eq!((summary.scored, summary.failed), (2, 3));
    }
}
