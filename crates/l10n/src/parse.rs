//! Reads a message file: a subset of Project Fluent's syntax (`.ftl`), so that
//! translators can use the tools they know (Pontoon, Weblate, any text editor).
//!
//! What is read:
//! - comments (`#`, `##`, `###`) and blank lines;
//! - messages `id = text` and terms `-id = text`, whose text may continue on
//!   indented lines (kept as line breaks);
//! - placeables: `{ $variable }`, `{ message-id }`, `{ -term }`, string literals
//!   `{ "…" }` (for spaces at either end or a brace) and number literals;
//! - select expressions, one variant per line:
//!   ```text
//!   results = { $n ->
//!       [0] No results
//!       [one] { $n } result
//!      *[other] { $n } results
//!   }
//!   ```
//!
//! The closing `}` and the variants may start at the beginning of a line.
//!
//! Not read: attributes (`.attr`), functions (`NUMBER()`), terms with arguments,
//! and variants that continue on a second line. Anything not read is reported
//! with its line, and the file's other messages are kept.

use std::collections::BTreeMap;

/// A piece of a message's pattern.
#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    /// Literal text.
    Text(String),
    /// `{ $name }`: an argument the code passes.
    Var(String),
    /// `{ id }` or `{ -id }`: another message or a term, by its id.
    Ref(String),
    /// `{ $name -> … }`.
    Select(Box<Select>),
}

/// A select expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Select {
    /// The variable it chooses by.
    pub selector: String,
    /// The variants in file order.
    pub variants: Vec<Variant>,
    /// The index of the `*[…]` variant.
    pub default: usize,
}

/// One `[key] pattern` line of a select expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// The key: a plural category, a number or a word.
    pub key: String,
    /// What the variant says.
    pub pattern: Vec<Element>,
}

/// A problem in a message file, for the translator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// The entries of a file by id (terms keep their leading `-`), and its problems.
pub fn parse(source: &str) -> (BTreeMap<String, Vec<Element>>, Vec<ParseError>) {
    let mut entries = BTreeMap::new();
    let mut errors = Vec::new();
    let lines: Vec<&str> = source.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let first = line.chars().next();
        if line.trim().is_empty() || first == Some('#') {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if first.is_some_and(char::is_whitespace) {
            errors.push(ParseError {
                line: start + 1,
                message: "an indented line must continue a message above it".to_owned(),
            });
            continue;
        }
        // The entry's own lines: indented ones, and blank ones between them.
        let mut end = i;
        while end < lines.len() {
            let next = lines[end];
            // A select's closing brace and variants may also start a line.
            let continues =
                next.starts_with(char::is_whitespace) || next.starts_with(['}', '[', '*']);
            if continues && !next.trim().is_empty() {
                end += 1;
                i = end;
            } else if next.trim().is_empty() {
                end += 1;
            } else {
                break;
            }
        }
        match entry(&lines[start..i]) {
            Ok((id, pattern)) => match entries.entry(id) {
                std::collections::btree_map::Entry::Occupied(entry) => errors.push(ParseError {
                    line: start + 1,
                    message: format!("\"{}\" is given twice; the first is kept", entry.key()),
                }),
                std::collections::btree_map::Entry::Vacant(entry) => {
                    entry.insert(pattern);
                }
            },
            Err((offset, message)) => errors.push(ParseError {
                line: start + 1 + offset,
                message,
            }),
        }
    }
    (entries, errors)
}

/// One entry from its lines; an error carries its line offset in the entry.
fn entry(lines: &[&str]) -> Result<(String, Vec<Element>), (usize, String)> {
    let Some((id, first)) = lines[0].split_once('=') else {
        return Err((0, "expected `id = text`".to_owned()));
    };
    let id = id.trim_end();
    let name = id.strip_prefix('-').unwrap_or(id);
    if !is_identifier(name) {
        return Err((
            0,
            format!(
                "\"{id}\" is not a message id (letters, digits, - and _, starting with a letter)"
            ),
        ));
    }
    let mut text = first.trim_start().to_owned();
    for line in &lines[1..] {
        let line = line.trim_start();
        if line.starts_with('.') {
            return Err((0, format!("\"{id}\": attributes (.name) are not supported")));
        }
        text.push('\n');
        text.push_str(line);
    }
    let text = text.trim_matches(|c: char| c.is_whitespace());
    if text.is_empty() {
        return Err((0, format!("\"{id}\" has no text")));
    }
    // `text` may begin with a line break the trim removed: offsets count from it.
    let skipped = first.trim_start().is_empty() as usize;
    let mut cursor = Cursor { text, pos: 0 };
    let pattern = cursor.pattern(false).map_err(|(pos, message)| {
        let line = text[..pos].matches('\n').count() + skipped;
        (line, format!("\"{id}\": {message}"))
    })?;
    Ok((id.to_owned(), pattern))
}

/// Whether `name` is a Fluent identifier.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A position in a pattern's text; errors carry the byte offset.
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

type Parsed<T> = Result<T, (usize, String)>;

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn rest(&self) -> &str {
        &self.text[self.pos..]
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn skip_blank(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
    }

    fn fail<T>(&self, message: impl Into<String>) -> Parsed<T> {
        Err((self.pos, message.into()))
    }

    /// Text and placeables up to the end (or the end of the line, in a variant).
    /// Raw text is trimmed at both ends; string literals are kept as written.
    fn pattern(&mut self, in_variant: bool) -> Parsed<Vec<Element>> {
        let mut elements: Vec<Element> = Vec::new();
        let mut raw = String::new();
        let mut last_raw = false;
        while let Some(c) = self.peek() {
            if in_variant && c == '\n' {
                break;
            }
            match c {
                '{' => {
                    if !raw.is_empty() {
                        elements.push(Element::Text(std::mem::take(&mut raw)));
                    }
                    self.bump();
                    let element = self.placeable()?;
                    push(&mut elements, element);
                    last_raw = false;
                }
                '}' => return self.fail("a lone `}`: write it as {\"}\"}"),
                _ => {
                    if elements.is_empty() && raw.is_empty() && c.is_whitespace() {
                        self.bump();
                        continue;
                    }
                    raw.push(c);
                    self.bump();
                    last_raw = true;
                }
            }
        }
        if last_raw {
            let trimmed = raw.trim_end();
            if !trimmed.is_empty() {
                push(&mut elements, Element::Text(trimmed.to_owned()));
            }
        }
        Ok(elements)
    }

    /// After `{`: an expression, or a select expression, then `}`.
    fn placeable(&mut self) -> Parsed<Element> {
        self.skip_blank();
        let element = match self.peek() {
            Some('"') => {
                self.bump();
                Element::Text(self.string_literal()?)
            }
            Some('$') => {
                self.bump();
                Element::Var(self.identifier()?)
            }
            Some('-') if self.rest()[1..].starts_with(|c: char| c.is_ascii_digit()) => {
                Element::Text(self.number_literal())
            }
            Some('-') => {
                self.bump();
                Element::Ref(format!("-{}", self.identifier()?))
            }
            Some(c) if c.is_ascii_digit() => Element::Text(self.number_literal()),
            Some(c) if c.is_ascii_alphabetic() => Element::Ref(self.identifier()?),
            _ => return self.fail("expected `$name`, a message id, or \"text\" after `{`"),
        };
        self.skip_blank();
        if self.rest().starts_with("->") {
            self.pos += 2;
            let Element::Var(selector) = element else {
                return self.fail("only a `$variable` can choose a variant");
            };
            return self.select(selector);
        }
        if self.bump() != Some('}') {
            return self.fail("expected `}`");
        }
        Ok(element)
    }

    fn select(&mut self, selector: String) -> Parsed<Element> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            match self.peek() {
                Some('}') => {
                    self.bump();
                    break;
                }
                Some('*') | Some('[') => {
                    if self.bump() == Some('*') {
                        if default.is_some() {
                            return self.fail("a select has one `*[…]` variant, not two");
                        }
                        default = Some(variants.len());
                        if self.bump() != Some('[') {
                            return self.fail("expected `[` after `*`");
                        }
                    }
                    let Some(close) = self.rest().find(']') else {
                        return self.fail("a variant key needs its `]`");
                    };
                    let key = self.rest()[..close].trim().to_owned();
                    if key.is_empty() || key.contains('\n') {
                        return self.fail("a variant key is a word or a number in `[…]`");
                    }
                    self.pos += close + 1;
                    let pattern = self.pattern(true)?;
                    variants.push(Variant { key, pattern });
                }
                None => return self.fail("the select expression is not closed with `}`"),
                Some(_) => {
                    return self.fail("expected a variant (`[key] text`) on its own line, or `}`");
                }
            }
        }
        let Some(default) = default else {
            return self.fail("a select needs a default variant, marked `*[…]`");
        };
        Ok(Element::Select(Box::new(Select {
            selector,
            variants,
            default,
        })))
    }

    fn identifier(&mut self) -> Parsed<String> {
        let len = self
            .rest()
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(self.rest().len());
        let name = self.rest()[..len].to_owned();
        if !is_identifier(&name) {
            return self.fail("expected a name (letters, digits, - and _)");
        }
        self.pos += len;
        Ok(name)
    }

    fn number_literal(&mut self) -> String {
        let start = self.pos;
        if self.peek() == Some('-') {
            self.bump();
        }
        while self.peek().is_some_and(|c| c.is_ascii_digit() || c == '.') {
            self.bump();
        }
        self.text[start..self.pos].to_owned()
    }

    fn string_literal(&mut self) -> Parsed<String> {
        let mut value = String::new();
        loop {
            match self.bump() {
                None | Some('\n') => return self.fail("a \"text\" literal must end on its line"),
                Some('"') => return Ok(value),
                Some('\\') => match self.bump() {
                    Some('"') => value.push('"'),
                    Some('\\') => value.push('\\'),
                    Some(u @ ('u' | 'U')) => {
                        let len = if u == 'u' { 4 } else { 6 };
                        let hex = self.rest().get(..len).unwrap_or_default();
                        let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
                        let Some(c) = c.filter(|_| hex.len() == len) else {
                            return self.fail(format!("\\{u} takes {len} hexadecimal digits"));
                        };
                        value.push(c);
                        self.pos += len;
                    }
                    _ => return self.fail("unknown escape: use \\\", \\\\ or \\uXXXX"),
                },
                Some(c) => value.push(c),
            }
        }
    }
}

/// A message file's text without its comment lines (`#` at the start of a line;
/// a `#` inside a message's text stays): what a reader downloads or the app
/// embeds needs the messages, not the notes about them.
pub fn without_comments(text: &str) -> String {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [line, "\n"])
        .collect()
}

/// Appends, merging adjacent text.
fn push(elements: &mut Vec<Element>, element: Element) {
    if let (Some(Element::Text(last)), Element::Text(text)) = (elements.last_mut(), &element) {
        last.push_str(text);
        return;
    }
    elements.push(element);
}

#[cfg(test)]
mod tests {
    use super::Element::*;
    use super::*;

    fn one(source: &str) -> Vec<Element> {
        let (entries, errors) = parse(source);
        assert!(errors.is_empty(), "{errors:?}");
        entries.into_values().next().expect("an entry")
    }

    /// Text, variables and references read as written, trimmed at the ends.
    #[test]
    fn text_and_placeables() {
        assert_eq!(
            one("hello = Hello, { $name }!  "),
            vec![Text("Hello, ".into()), Var("name".into()), Text("!".into())]
        );
        assert_eq!(
            one("x = {\" \"}{-brand} and {other}"),
            vec![
                Text(" ".into()),
                Ref("-brand".into()),
                Text(" and ".into()),
                Ref("other".into())
            ]
        );
        assert_eq!(
            one("x = {\"\\u2009\\\"\"}"),
            vec![Text("\u{2009}\"".into())]
        );
        assert_eq!(one("x = Open {\"{\"} now"), vec![Text("Open { now".into())]);
    }

    /// A select's variants, its default and its numeric keys.
    #[test]
    fn select_expressions() {
        let pattern = one(
            "n = { $n ->\n    [0] None\n    [-1] last\n    [one] { $n } result\n   *[other] { $n } results\n}\n",
        );
        let [Select(select)] = pattern.as_slice() else {
            panic!("{pattern:?}")
        };
        assert_eq!(select.selector, "n");
        assert_eq!(select.default, 3);
        let keys: Vec<&str> = select.variants.iter().map(|v| v.key.as_str()).collect();
        assert_eq!(keys, ["0", "-1", "one", "other"]);
        assert_eq!(
            select.variants[2].pattern,
            vec![Var("n".into()), Text(" result".into())]
        );
    }

    /// Text continued on indented lines keeps its line breaks.
    #[test]
    fn multiline_text() {
        assert_eq!(
            one("body =\n    Entry: { $t }\n\n    What is wrong:\nnext = x"),
            vec![
                Text("Entry: ".into()),
                Var("t".into()),
                Text("\n\nWhat is wrong:".into())
            ]
        );
    }

    /// Each mistake names its line; the file's other messages are kept.
    #[test]
    fn mistakes_name_their_line() {
        let source = "# comment\nok = fine\nbad = { $n ->\n    [one] x\n}\n\n1up = x\nlone = a } b\n  stray\nok = again\nalso = { $n \n";
        let (entries, errors) = parse(source);
        assert_eq!(entries.keys().collect::<Vec<_>>(), ["ok"]);
        let lines: Vec<(usize, &str)> = errors
            .iter()
            .map(|e| (e.line, e.message.as_str()))
            .collect();
        assert_eq!(
            lines,
            [
                (
                    5,
                    "\"bad\": a select needs a default variant, marked `*[…]`"
                ),
                (
                    7,
                    "\"1up\" is not a message id (letters, digits, - and _, starting with a letter)"
                ),
                (8, "\"lone\": a lone `}`: write it as {\"}\"}"),
                (10, "\"ok\" is given twice; the first is kept"),
                (11, "\"also\": expected `}`"),
            ]
        );
    }
}
