//! Rustdoc text for generated items.

use crate::check::{Entry, Registry};

/// The documentation of one variant: status line, summary, reference, for
/// vendor rows the feature that enables it, the localized texts, and for a
/// further meaning of a code how to reach it.
pub fn variant_doc(entry: &Entry, registry: &Registry) -> String {
    let row = &entry.row;
    let mut doc = code_span(&format!("{} {}", row.code, row.reason));
    if row.reason != row.description {
        doc.push_str(&format!(
            " (registered as “{}”)",
            escape_markdown(&row.description)
        ));
    }
    if !row.summary.is_empty() {
        doc.push_str("\n\n");
        doc.push_str(&escape_markdown(&row.summary));
    }
    doc.push_str("\n\n- Reference: ");
    if row.reference.is_empty() {
        doc.push_str("none");
    } else {
        doc.push_str(&reference_links(&row.reference));
    }
    match &row.vendor {
        Some(vendor) => doc.push_str(&format!(
            "\n- Defined by `{vendor}`, not by an IANA registration; available with the `{vendor}` feature."
        )),
        None => doc.push_str("\n- Standard code."),
    }
    doc.push_str(&semantics_note(&row.semantics));
    for (language, translation) in registry.languages.iter().zip(&row.translations) {
        if let Some(reason) = &translation.reason {
            doc.push_str(&format!(
                "\n- `{}`: {}",
                language.tag,
                escape_markdown(reason)
            ));
            if let Some(summary) = &translation.summary {
                doc.push_str(&format!(" — {}", escape_markdown(summary)));
            }
        }
    }
    doc.push_str(&meaning_note(entry, registry));
    doc
}

/// The HTTP semantics the registry gives, one line; nothing when it gives
/// none (then the class's defaults apply, which the methods' docs state).
fn semantics_note(semantics: &crate::read::Semantics) -> String {
    let mut facts = Vec::new();
    let yes_no =
        |value: bool, yes: &str, no: &str| if value { yes.to_owned() } else { no.to_owned() };
    if let Some(content) = semantics.content {
        facts.push(yes_no(content, "may carry content", "carries no content"));
    }
    if let Some(cacheable) = semantics.cacheable {
        facts.push(yes_no(
            cacheable,
            "cacheable by default",
            "not cacheable by default",
        ));
    }
    if let Some(retry) = semantics.retry {
        facts.push(
            match retry {
                crate::read::Retry::Never => "not to be repeated",
                crate::read::Retry::Idempotent => {
                    "repeatable if the request's method is idempotent"
                }
                crate::read::Retry::AnyMethod => "repeatable whatever the request's method",
            }
            .to_owned(),
        );
    }
    let list = |names: &[String]| {
        names
            .iter()
            .map(|n| code_span(n))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !semantics.required.is_empty() {
        facts.push(format!("must carry {}", list(&semantics.required)));
    }
    if !semantics.suggested.is_empty() {
        facts.push(format!(
            "should or may carry {}",
            list(&semantics.suggested)
        ));
    }
    if facts.is_empty() {
        return String::new();
    }
    format!("\n- A response with it {}.", facts.join("; "))
}

/// Which value `from_u16` gives for the entry's code, when that is not
/// always the entry itself.
fn meaning_note(entry: &Entry, registry: &Registry) -> String {
    let code = entry.row.code;
    if entry.is_preferred() {
        let others = registry.meanings(code).count() - 1;
        return match &entry.row.vendor {
            Some(vendor) if others > 0 => format!(
                "\n- The preferred meaning of {code}: `from_u16({code})` gives it when `{vendor}` is on, and an unregistered {code} when it is off."
            ),
            Some(vendor) => format!(
                "\n- `from_u16({code})` gives it when `{vendor}` is on, and an unregistered {code} when it is off."
            ),
            None => String::new(),
        };
    }
    match registry.preferred(code) {
        Some(preferred) => {
            let when = match &preferred.row.vendor {
                Some(vendor) => format!(" when `{vendor}` is on"),
                None => String::new(),
            };
            format!(
                "\n- Not the preferred meaning of {code}: `from_u16({code})` gives `{}`{when}; reach this one by name, with `from_vendor` or in `meanings({code})`.",
                preferred.ident
            )
        }
        None => format!(
            "\n- Not the preferred meaning of {code}; reach it by name, with `from_vendor` or in `meanings({code})`."
        ),
    }
}

/// Renders an IANA `Reference` cell such as `[RFC9110, Section 15.5.5]` or
/// `[RFC2324][RFC9110, Section 15.5.19]` as Markdown, linking each RFC (and
/// its section, when given) to the RFC Editor's copy.
pub fn reference_links(reference: &str) -> String {
    let mut parts = Vec::new();
    let mut rest = reference;
    while let Some(open) = rest.find('[') {
        let outside = rest[..open].trim();
        if !outside.is_empty() {
            parts.push(escape_markdown(outside));
        }
        let Some(close) = rest[open..].find(']') else {
            // An unclosed bracket is text, kept from the bracket on.
            rest = &rest[open..];
            break;
        };
        parts.push(reference_link(&rest[open + 1..open + close]));
        rest = &rest[open + close + 1..];
    }
    let tail = rest.trim();
    if !tail.is_empty() {
        parts.push(escape_markdown(tail));
    }
    parts.join("; ")
}

/// One bracketed reference: `RFC9110, Section 15.5.5`, `RFC2518`, or a name
/// such as `draft-ietf-httpbis-resumable-upload`.
fn reference_link(item: &str) -> String {
    let item = item.trim();
    if let Some(number) = rfc_number(item) {
        let after = &item["RFC".len() + number.len()..];
        let section = after
            .trim_start()
            .strip_prefix(',')
            .map(str::trim)
            .and_then(|s| s.strip_prefix("Section"))
            .map(str::trim)
            .filter(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '.'));
        let url = format!("https://www.rfc-editor.org/rfc/rfc{number}.html");
        return match section {
            Some(section) => format!("[RFC {number}, Section {section}]({url}#section-{section})"),
            // What follows the number and is not a section stays, as text.
            None => format!("[RFC {number}]({url}){}", escape_markdown(after)),
        };
    }
    if is_url(item) {
        return format!("<{item}>");
    }
    if item.starts_with("draft-") && item.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return format!("[{item}](https://datatracker.ietf.org/doc/{item}/)");
    }
    escape_markdown(item)
}

/// A web address that Markdown can show as a link between `<` and `>`.
fn is_url(item: &str) -> bool {
    (item.starts_with("https://") || item.starts_with("http://"))
        && !item.contains(|c: char| c.is_whitespace() || c == '<' || c == '>')
}

fn rfc_number(item: &str) -> Option<&str> {
    let digits = item.strip_prefix("RFC")?;
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    (end > 0).then(|| &digits[..end])
}

/// Registry text as a Markdown code span: between runs of backticks
/// longer than any in the text, with a space inside when the text starts
/// or ends with a backtick, so that it shows exactly as written.
pub fn code_span(text: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Registry text as Markdown prose that rustdoc shows exactly as written:
/// a backslash before each character that could start markup inline
/// (code, emphasis, strikethrough, links, HTML, entities, escapes), before
/// what would begin a block at the start of a line (headings, lists,
/// quotes, fences), and before the quotes, hyphens and periods that
/// rustdoc's smart punctuation would turn into curly quotes, dashes and
/// ellipses. Registry cells hold one line each.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let mut previous = None;
    let mut chars = text.chars().enumerate().peekable();
    while let Some((at, c)) = chars.next() {
        let inline = matches!(
            c,
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '&' | '|' | '!'
        );
        // Quotes always; hyphens and periods only in runs (`--`, `...`).
        let next = chars.peek().map(|&(_, next)| next);
        let typography = matches!(c, '\'' | '"')
            || (matches!(c, '-' | '.') && (previous == Some(c) || next == Some(c)));
        previous = Some(c);
        let block = at == 0 && matches!(c, '#' | '-' | '+' | '=' | ':');
        let ordered = at == digits && digits > 0 && matches!(c, '.' | ')');
        if inline || block || ordered || typography {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_rfcs_and_sections() {
        assert_eq!(
            reference_links("[RFC9110, Section 15.5.5]"),
            "[RFC 9110, Section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5)"
        );
        assert_eq!(
            reference_links("[RFC2324][RFC9110, Section 15.5.19]"),
            "[RFC 2324](https://www.rfc-editor.org/rfc/rfc2324.html); [RFC 9110, Section 15.5.19](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.19)"
        );
    }

    #[test]
    fn keeps_other_references_as_text() {
        assert_eq!(
            reference_links("[RFC2774][status-change-http-experiments-to-historic]"),
            "[RFC 2774](https://www.rfc-editor.org/rfc/rfc2774.html); status-change-http-experiments-to-historic"
        );
        assert_eq!(reference_links("vendor docs"), "vendor docs");
        assert_eq!(
            reference_links("[https://nginx.org/en/docs/x.html#return]"),
            "<https://nginx.org/en/docs/x.html#return>"
        );
        assert_eq!(reference_links("[https://a b]"), "https://a b");
        assert_eq!(reference_links("[unclosed"), "\\[unclosed");
        assert_eq!(reference_links("see [RFC9110"), "see; \\[RFC9110");
        assert_eq!(
            reference_links("[RFC9110, Appendix B]"),
            "[RFC 9110](https://www.rfc-editor.org/rfc/rfc9110.html), Appendix B"
        );
    }

    #[test]
    fn escapes_markdown() {
        assert_eq!(escape_markdown("a [b] <c>"), "a \\[b\\] \\<c\\>");
        assert_eq!(escape_markdown("~~~"), "\\~\\~\\~");
        assert_eq!(escape_markdown("# Heading"), "\\# Heading");
        assert_eq!(escape_markdown("- item"), "\\- item");
        assert_eq!(escape_markdown("12. item"), "12\\. item");
        assert_eq!(escape_markdown("a - b. c"), "a - b. c");
        assert_eq!(
            escape_markdown(r#"It's "so" -- and..."#),
            r#"It\'s \"so\" \-\- and\.\.\."#
        );
        assert_eq!(escape_markdown("&amp; `x`"), "\\&amp; \\`x\\`");
    }

    #[test]
    fn code_spans_outlast_the_backticks_inside() {
        assert_eq!(code_span("404 Not Found"), "`404 Not Found`");
        assert_eq!(code_span("418 A` <b> `B"), "``418 A` <b> `B``");
        assert_eq!(code_span("a``b"), "```a``b```");
        assert_eq!(code_span("`x"), "`` `x ``");
    }
}
