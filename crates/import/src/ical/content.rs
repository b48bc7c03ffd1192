//! iCalendar content lines and components: unfolding, properties with their
//! parameters and escaped text, and the `VCALENDAR` split into its `VEVENT`s and
//! `VTIMEZONE`s.
//!
//! Must never interpret a value: dates, zones and rules are read elsewhere.

/// One content line: `NAME;PARAM=value:value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Prop {
    /// Upper case.
    pub(super) name: String,
    /// Parameter names in upper case, each with its values.
    pub(super) params: Vec<(String, Vec<String>)>,
    /// The raw value, still escaped.
    pub(super) value: String,
}

impl Prop {
    /// The first value of a parameter.
    pub(super) fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, values)| values.first())
            .map(|v| v.trim())
    }

    /// The value as text, unescaped and trimmed.
    pub(super) fn text(&self) -> String {
        unescape(&self.value).trim().to_owned()
    }
}

/// One `VEVENT`: its position among the events and its properties.
#[derive(Debug, Default)]
pub(super) struct Event {
    pub(super) index: usize,
    pub(super) props: Vec<Prop>,
    /// False when the file ends before its `END:VEVENT`.
    pub(super) closed: bool,
}

impl Event {
    pub(super) fn first(&self, name: &str) -> Option<&Prop> {
        self.props.iter().find(|p| p.name == name)
    }

    pub(super) fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Prop> + 'a {
        self.props.iter().filter(move |p| p.name == name)
    }

    /// A name for messages: the SUMMARY, else the UID.
    pub(super) fn name(&self) -> Option<String> {
        self.first("SUMMARY")
            .or_else(|| self.first("UID"))
            .map(Prop::text)
            .filter(|s| !s.is_empty())
    }
}

/// A `VTIMEZONE`'s id and its `STANDARD` and `DAYLIGHT` parts.
#[derive(Debug, Default)]
pub(super) struct ZoneDef {
    pub(super) tzid: Option<String>,
    /// Each part: true for DAYLIGHT, and its properties.
    pub(super) parts: Vec<(bool, Vec<Prop>)>,
}

/// What the whole text holds.
#[derive(Debug, Default)]
pub(super) struct Calendar {
    pub(super) saw_calendar: bool,
    /// Properties of the calendar itself (such as `X-WR-TIMEZONE`).
    pub(super) props: Vec<Prop>,
    pub(super) events: Vec<Event>,
    pub(super) zones: Vec<ZoneDef>,
    /// Lines outside events that are not properties.
    pub(super) stray_lines: usize,
}

/// Joins folded lines: a line starting with a space or tab continues the one
/// before (RFC 5545 §3.1), with CRLF or LF line ends.
pub(super) fn unfold(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for raw in text.trim_start_matches('\u{feff}').split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix([' ', '\t'])
            && let Some(last) = lines.last_mut()
        {
            last.push_str(rest);
            continue;
        }
        lines.push(raw.to_owned());
    }
    lines
}

/// Reads a content line; `None` when it is not `NAME[;PARAM=…]:value`.
pub(super) fn parse_line(line: &str) -> Option<Prop> {
    let name_end = line.find([';', ':'])?;
    let name = line.get(..name_end)?.trim();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    let mut rest = line.get(name_end..)?;
    let mut params = Vec::new();
    while let Some(r) = rest.strip_prefix(';') {
        let eq = r.find(['=', ':'])?;
        if r.get(eq..)?.starts_with(':') {
            return None;
        }
        let pname = r.get(..eq)?.trim().to_ascii_uppercase();
        let mut r = r.get(eq + 1..)?;
        let mut values = Vec::new();
        loop {
            if let Some(quoted) = r.strip_prefix('"') {
                let close = quoted.find('"')?;
                values.push(quoted.get(..close)?.to_owned());
                r = quoted.get(close + 1..)?;
            } else {
                let end = r.find([',', ';', ':']).unwrap_or(r.len());
                values.push(r.get(..end)?.to_owned());
                r = r.get(end..)?;
            }
            match r.strip_prefix(',') {
                Some(next) => r = next,
                None => break,
            }
        }
        params.push((pname, values));
        rest = r;
    }
    let value = rest.strip_prefix(':')?;
    Some(Prop {
        name: name.to_ascii_uppercase(),
        params,
        value: value.to_owned(),
    })
}

/// Reads the components: events, time zones and the calendar's own properties.
/// Components are tracked on a stack of names, so nesting costs no recursion.
pub(super) fn parse(text: &str) -> Calendar {
    let mut cal = Calendar::default();
    let mut stack: Vec<String> = Vec::new();
    for line in unfold(text) {
        if line.trim().is_empty() {
            continue;
        }
        let Some(prop) = parse_line(&line) else {
            match (stack.last().map(String::as_str), cal.events.last_mut()) {
                (Some("VEVENT"), Some(_)) => {}
                _ if cal.saw_calendar => cal.stray_lines += 1,
                _ => {}
            }
            continue;
        };
        let top = stack.last().map(String::as_str);
        match prop.name.as_str() {
            "BEGIN" => {
                let component = prop.value.trim().to_ascii_uppercase();
                match (component.as_str(), top) {
                    ("VCALENDAR", _) => cal.saw_calendar = true,
                    ("VEVENT", Some("VCALENDAR")) => cal.events.push(Event {
                        index: cal.events.len(),
                        ..Event::default()
                    }),
                    ("VTIMEZONE", Some("VCALENDAR")) => cal.zones.push(ZoneDef::default()),
                    ("STANDARD" | "DAYLIGHT", Some("VTIMEZONE")) => {
                        if let Some(zone) = cal.zones.last_mut() {
                            zone.parts.push((component == "DAYLIGHT", Vec::new()));
                        }
                    }
                    _ => {}
                }
                stack.push(component);
            }
            "END" => {
                let component = prop.value.trim().to_ascii_uppercase();
                if let Some(at) = stack.iter().rposition(|c| *c == component) {
                    stack.truncate(at);
                    if component == "VEVENT"
                        && let Some(event) = cal.events.last_mut()
                    {
                        event.closed = true;
                    }
                }
            }
            _ => {
                let parent = stack.len().checked_sub(2).and_then(|i| stack.get(i));
                match (top, parent.map(String::as_str)) {
                    (Some("VEVENT"), Some("VCALENDAR")) => {
                        if let Some(event) = cal.events.last_mut() {
                            event.props.push(prop);
                        }
                    }
                    (Some("VTIMEZONE"), Some("VCALENDAR")) if prop.name == "TZID" => {
                        if let Some(zone) = cal.zones.last_mut() {
                            zone.tzid = Some(prop.text());
                        }
                    }
                    (Some("STANDARD" | "DAYLIGHT"), Some("VTIMEZONE")) => {
                        if let Some((_, props)) =
                            cal.zones.last_mut().and_then(|z| z.parts.last_mut())
                        {
                            props.push(prop);
                        }
                    }
                    (Some("VCALENDAR"), _) => cal.props.push(prop),
                    _ => {}
                }
            }
        }
    }
    cal
}

/// Unescapes TEXT: `\,` `\;` `\\` and `\n` (or `\N`) for a line break.
pub(super) fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Splits a list value on commas that are not escaped, unescaping each item.
pub(super) fn split_list(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut escaped = false;
    for c in text.chars() {
        if escaped {
            current.push('\\');
            current.push(c);
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == ',' {
            items.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    if escaped {
        current.push('\\');
    }
    items.push(current);
    items
        .iter()
        .map(|i| unescape(i).trim().to_owned())
        .filter(|i| !i.is_empty())
        .collect()
}
