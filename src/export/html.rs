//! The network report as one self-contained HTML page: the Markdown report (the same text,
//! in the UI language) turned into HTML by pulldown-cmark, with the ring view and the network
//! map as inline SVG, in a minijinja page (`assets/report.html`) whose styles are inline,
//! readable on a phone and printable on A4. Nothing in it asks for anything from outside: a
//! Content-Security-Policy allows no request at all, and text from the file can make no tag,
//! link or image (raw HTML in it is shown as text; links and images keep only their words).

use minijinja::{Environment, Value, context};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::analysis::graph::{MapInput, analyse_with_map};
use crate::i18n::{self as t, Lang, fill};
use crate::workspace::Workspace;

const PAGE: &str = include_str!("../../assets/report.html");

/// Markdown as HTML, with every way for text to become markup taken out.
fn markdown(md: &str) -> String {
    let events = Parser::new_ext(md, Options::ENABLE_TABLES).filter_map(|e| match e {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Link { .. } | Tag::Image { .. })
        | Event::End(TagEnd::Link | TagEnd::Image) => None,
        other => Some(other),
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// The page for the network report of `ws`, with `said` (what was left out) under the title.
pub fn html(ws: &Workspace, said: &str, lang: Lang, today: jiff::civil::Date) -> String {
    let analysis = analyse_with_map(&MapInput::of(ws));
    let md = super::report::report_with(ws, lang, today, &analysis);
    let md = md.as_str();
    let title = md
        .lines()
        .next()
        .unwrap_or_default()
        .trim_start_matches('#')
        .trim();
    // The network's own lines first, then the pictures, then the building blocks.
    let (first, rest) = md
        .find("\n## ")
        .map_or((md, ""), |at| (&md[..at], &md[at..]));
    let mut env = Environment::new();
    // The page is HTML: every value is escaped unless it is marked safe (the HTML and SVG
    // knoop made itself).
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
    let page = env.template_from_str(PAGE).and_then(|tpl| {
        tpl.render(context! {
            lang => match lang { Lang::Nl => "nl", Lang::En => "en" },
            title => title,
            head => Value::from_safe_string(markdown(first)),
            note => said,
            rings => Value::from_safe_string(super::svg::rings(ws, lang)),
            rings_caption => lang.pick(t::REPORT_RINGS_CAPTION),
            map => Value::from_safe_string(super::svg::map(ws, &analysis, lang)),
            map_caption => lang.pick(t::REPORT_MAP_CAPTION),
            body => Value::from_safe_string(markdown(rest)),
            footer => fill(lang.pick(t::REPORT_FOOTER), &[("d", &today.to_string())]),
        })
    });
    // The template is knoop's own and fixed; a failure is a bug, shown rather than hidden.
    page.unwrap_or_else(|e| format!("<!DOCTYPE html><p>knoop: {e}</p>"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_the_file_makes_no_tag_link_or_image() {
        let html = markdown(
            "- <script>alert(1)</script>\n- a <b>b</b> [site](https://example.org) ![x](http://example.org/i.png)",
        );
        assert!(
            html.contains("&lt;script&gt;") && html.contains("&lt;b&gt;"),
            "{html}"
        );
        assert!(html.contains("site") && !html.contains("href"), "{html}");
        assert!(
            !html.contains("<img") && !html.contains("example.org"),
            "{html}"
        );
    }
}
