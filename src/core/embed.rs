//! The embed code for a view: the HTML a host page pastes to show that view in an iframe that
//! `embed.js` sizes to its content. Built here, in plain Rust, so it is tested natively.

/// The snippet for the view at `hash` (a route hash, `#article=…`) of the Lede at `base` (its
/// folder URL, ending in `/`), with `title` as the iframe's accessible name.
pub fn snippet(base: &str, hash: &str, title: &str) -> String {
    let hash = hash.trim_start_matches('#');
    let src = if hash.is_empty() {
        format!("{base}?embed")
    } else {
        format!("{base}?embed#{hash}")
    };
    format!(
        "<iframe data-lede src=\"{}\" title=\"{}\" style=\"width:100%;height:480px;border:0\" loading=\"lazy\"></iframe>\n<script src=\"{}embed.js\" async></script>",
        attr(&src),
        attr(&format!("Lede: {title}")),
        attr(base)
    )
}

/// Text as an HTML attribute value in double quotes.
fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_view() {
        assert_eq!(
            snippet(
                "https://example.org/tools/lede/",
                "#article=001_7b244cf315c26bef",
                "Ukrainian troops advance"
            ),
            "<iframe data-lede src=\"https://example.org/tools/lede/?embed#article=001_7b244cf315c26bef\" \
             title=\"Lede: Ukrainian troops advance\" style=\"width:100%;height:480px;border:0\" \
             loading=\"lazy\"></iframe>\n\
             <script src=\"https://example.org/tools/lede/embed.js\" async></script>"
        );
    }

    #[test]
    fn no_view_embeds_the_list() {
        assert!(
            snippet("http://127.0.0.1:8080/", "#", "all dispatches")
                .contains("src=\"http://127.0.0.1:8080/?embed\"")
        );
    }

    #[test]
    fn title_and_url_cannot_break_out_of_the_attribute() {
        let s = snippet(
            "https://example.org/a\"b/",
            "#q=%22x%22",
            "\"><script>alert(1)</script>",
        );
        assert!(!s.contains("<script>alert"));
        assert!(s.contains("title=\"Lede: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assert!(s.contains("src=\"https://example.org/a&quot;b/?embed#q=%22x%22\""));
    }
}
