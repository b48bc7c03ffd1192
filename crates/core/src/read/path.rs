//! Where in a record's JSON text a position is, as a field path such as
//! `schedule.weekly[0].end`: how a typing error is named without a tree of the
//! record or a tracking deserializer. A small scanner, not a parser: the text
//! has already been read as JSON, so it only follows brackets, keys and commas.

/// The byte offset of serde_json's error position (1-based line, column as
/// serde_json counts it: bytes since the line's start) in `text`.
pub(super) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column).min(text.len())
}

/// One open object or array, from the outside in.
enum Frame {
    /// An object, with the key whose value is being read (after its `:`).
    Object { key: Option<String>, in_value: bool },
    /// An array, with the position of the element being read.
    Array { index: usize },
}

/// The path of the value being read at byte `at` of `text`: the keys and array
/// positions of the objects and arrays open there, joined as in
/// `schedule.weekly[0].end`; empty at the top level.
pub(super) fn path_at(text: &str, at: usize) -> String {
    let mut frames: Vec<Frame> = Vec::new();
    let mut bytes = text.as_bytes().iter().take(at).copied();
    while let Some(b) = bytes.next() {
        match b {
            b'{' => frames.push(Frame::Object {
                key: None,
                in_value: false,
            }),
            b'[' => frames.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                frames.pop();
            }
            b':' => {
                if let Some(Frame::Object { in_value, .. }) = frames.last_mut() {
                    *in_value = true;
                }
            }
            b',' => match frames.last_mut() {
                Some(Frame::Object { in_value, .. }) => *in_value = false,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b'"' => {
                let string = read_string(&mut bytes);
                if let Some(Frame::Object {
                    key,
                    in_value: false,
                }) = frames.last_mut()
                {
                    *key = Some(string);
                }
            }
            _ => {}
        }
    }
    let mut path = String::new();
    for frame in &frames {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    path
}

/// The rest of a string after its opening quote, up to its closing quote, with
/// each escaped character kept as written after its backslash (keys are plain
/// field names; this only keeps an escaped quote from ending the string).
fn read_string(bytes: &mut impl Iterator<Item = u8>) -> String {
    let mut out = Vec::new();
    while let Some(b) = bytes.next() {
        match b {
            b'"' => break,
            b'\\' => out.extend(bytes.next()),
            _ => out.push(b),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        let e = serde_json::from_str::<T>(text).unwrap_err();
        path_at(text, offset_of(text, e.line(), e.column()))
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Slot {
        days: Vec<crate::time::Weekday>,
        start: crate::time::Time,
        end: crate::time::Time,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Record {
        id: String,
        #[serde(default)]
        tags: Vec<String>,
        #[serde(default)]
        slots: Vec<Slot>,
    }

    /// The path names the value where typing stopped, on one line or several.
    #[test]
    fn names_the_value_where_typing_stopped() {
        assert_eq!(path_of_error::<Record>(r#"{"id": 5}"#), "id");
        assert_eq!(
            path_of_error::<Record>(r#"{"id": "a", "tags": ["x", 5]}"#),
            "tags[1]"
        );
        assert_eq!(
            path_of_error::<Record>(r#"{"id": "a", "tags": ["x", [1]]}"#),
            "tags[1]"
        );
        assert_eq!(
            path_of_error::<Record>(
                r#"{"id": "a", "slots": [{"days": ["mo"], "start": "10:00", "end": "11:00"}, {"days": ["mo"], "start": "10:00", "end": "25:00"}]}"#
            ),
            "slots[1].end"
        );
        assert_eq!(
            path_of_error::<Record>(
                "{\n  \"id\": \"a\",\n  \"slots\": [\n    {\"days\": [\"xx\"], \"start\": \"10:00\", \"end\": \"11:00\"}\n  ]\n}"
            ),
            "slots[0].days[0]"
        );
        assert_eq!(
            path_of_error::<Record>(r#"{"id": "a", "tags": "x"}"#),
            "tags"
        );
        assert_eq!(path_of_error::<Record>(r#"{"i\"d": 1, "id": 7}"#), "id");
    }

    /// A missing field is reported after its object has closed: the path is the
    /// object's own.
    #[test]
    fn a_missing_field_is_named_within_its_object() {
        assert_eq!(path_of_error::<Record>(r#"{"tags": []}"#), "");
        assert_eq!(
            path_of_error::<Record>(
                r#"{"id": "a", "slots": [{"days": ["mo"], "start": "10:00"}]}"#
            ),
            "slots[0]"
        );
    }
}
