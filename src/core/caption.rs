//! Photo captions: lines that say they describe an image, and photo galleries, whose
//! paragraphs are captions.

use super::article::{Block, BlockKind};
use super::furniture;
use super::text;

/// Captions that say so: "An image taken from …", "Pictured: …", "Image caption, …", "FILE -
/// …", "[1/3] …".
pub fn is_caption_opening(s: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "an image ",
        "a photo ",
        "a photograph ",
        "a picture ",
        "a handout ",
        "this photo ",
        "this image ",
        "in this photo",
        "in this image",
        "pictured:",
        "pictured ",
        "a still ",
        "a screenshot ",
        "a screen grab ",
        "image caption,",
        "media caption,",
        "caption:",
        "file - ",
        "file – ",
        "file — ",
        "file photo",
    ];
    let head = text::fold_phrase(text::prefix_at_most(s, 24));
    OPENINGS.iter().any(|o| head.starts_with(o)) || is_counter_opening(s)
}

/// "[1/3] …", "1/6 …": a gallery counter opens the caption.
fn is_counter_opening(s: &str) -> bool {
    let t = s.trim_start_matches('[');
    let digits = |x: &str| x.len() - x.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let n = digits(t);
    n > 0
        && t[n..].starts_with('/')
        && digits(&t[n + 1..]) > 0
        && t[n + 1 + digits(&t[n + 1..])..].starts_with([']', ' '])
}

/// Does a paragraph read like a photo caption: a present-tense description of what the picture
/// shows ("A woman kisses …", "Residents react …", "… such as this tank")? Reported speech and
/// long paragraphs do not.
pub fn caption_like(s: &str) -> bool {
    // Present-tense verbs of what people and things in a picture do. Words that are just as
    // common in reporting prose ("show", "take", "hold", "fire") are left out.
    const VERBS: &[&str] = &[
        "reacts", "react", "embraces", "embrace", "hugs", "hug", "kisses", "kiss", "exits",
        "walks", "walk", "stands", "sits", "carries", "looks", "waits", "wait", "crowd", "crowds",
        "gathers", "burns", "flutters", "flies", "poses", "pose", "gestures", "cries", "mourns",
        "mourn", "prays", "pray", "rides", "inspects", "lies", "rests", "patrols", "attends",
        "sweeps", "repairs", "collects", "weeps", "smiles", "queue", "queues",
    ];
    const PHRASES: &[&str] = &[
        "is seen",
        "are seen",
        "is pictured",
        "are pictured",
        "(center)",
        "(left)",
        "(right)",
        "such as this ",
    ];
    let folded = text::fold_phrase(text::prefix_at_most(s, 600));
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 80 || words.iter().any(|w| matches!(*w, "said" | "says" | "told")) {
        return false;
    }
    words.iter().take(8).any(|w| VERBS.contains(w)) || PHRASES.iter().any(|p| folded.contains(p))
}

/// Mark captions the lines around them reveal: a paragraph directly followed by a stand-alone
/// photo credit; and, in an article with no byline or dateline, a gallery: text that is mostly
/// captions, whose paragraphs all are.
pub fn mark_captions(raw_blocks: &mut [Block], has_meta: bool) {
    for i in 1..raw_blocks.len() {
        if raw_blocks[i].kind == BlockKind::Boilerplate
            && furniture::is_credit_line(&raw_blocks[i].text)
            && raw_blocks[i - 1].kind == BlockKind::Paragraph
            && raw_blocks[i - 1].text.split_whitespace().count() >= 5
        {
            raw_blocks[i - 1].kind = BlockKind::Caption;
        }
    }
    if has_meta {
        return;
    }
    let candidates: Vec<usize> = raw_blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Paragraph | BlockKind::Caption))
        .map(|(i, _)| i)
        .collect();
    if candidates.len() < 3 {
        return;
    }
    let captions = candidates
        .iter()
        .filter(|&&i| raw_blocks[i].kind == BlockKind::Caption || caption_like(&raw_blocks[i].text))
        .count();
    if captions * 3 >= candidates.len() * 2 {
        for i in candidates {
            raw_blocks[i].kind = BlockKind::Caption;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caption_openings() {
        for (s, want) in [
            ("An image taken from a handout video shows flags.", true),
            ("Image caption, Ukrainian troops in Balakliia", true),
            ("[1/3] Ukrainian servicemen ride a vehicle", true),
            ("FILE - Ukrainian soldiers fire a howitzer", true),
            ("1/6 Residents queue for water", true),
            ("12/09/2022 was a Monday", false),
            ("Ukrainian forces advanced.", false),
        ] {
            assert_eq!(is_caption_opening(s), want, "{s}");
        }
    }

    #[test]
    fn caption_like_prose() {
        for (s, want) in [
            ("A woman kisses another woman as they wait in line.", true),
            ("Maria (center) embraces her parents.", true),
            (
                "Moscow is still unleashing missile strikes such as this one.",
                true,
            ),
            ("Ukrainian forces hold the town, officials said.", false),
            ("Polls show most Ukrainians reject talks.", false),
            ("Residents react, the governor told reporters.", false),
        ] {
            assert_eq!(caption_like(s), want, "{s}");
        }
    }
}
