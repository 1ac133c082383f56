from __future__ import annotations

from frontdesk.knowledge.render import markdown_to_html, markdown_to_text


def test_markdown_renders_lists_headings_and_links() -> None:
    html = markdown_to_html("## Slik hjelper du\n1. Gå til [nav.no](https://www.nav.no/).\n2. Logg inn.\n")
    assert "<h2>Slik hjelper du</h2>" in html
    assert "<ol>" in html and html.count("<li>") == 2
    assert 'href="https://www.nav.no/"' in html


def test_scripts_images_and_handlers_are_removed() -> None:
    html = markdown_to_html(
        '<script>alert(1)</script>\n\n![sporing](https://tracker.example/p.png)\n\n'
        '<a href="javascript:alert(1)" onclick="x()">klikk</a>\n\n<iframe src="https://x.example"></iframe>'
    )
    for forbidden in ("<script", "<img", "javascript:", "onclick", "<iframe", "tracker.example"):
        assert forbidden not in html


def test_plain_text_keeps_structure() -> None:
    text = markdown_to_text("## Steg\n- Én\n- To\n\nVanlig **tekst** & mer.\n")
    assert "Steg" in text
    assert "  • Én" in text and "  • To" in text
    steps = markdown_to_text("## Slik\n1. Logg inn.\n2. Velg **Meldekort**.\n\nMerk.\n\n3. Send.\n")
    assert "  1. Logg inn.\n  2. Velg Meldekort." in steps
    assert "  3. Send." in steps
    assert "Vanlig tekst & mer." in text
    assert "<" not in text


def test_numbered_list_resuming_after_a_paragraph_keeps_its_number() -> None:
    html = markdown_to_html("1. Én\n2. To\n\nEn merknad.\n\n3. Tre\n")
    assert '<ol start="3">' in html


def test_a_list_right_after_a_line_of_text_is_a_list() -> None:
    """Guide writers put «Slik gjør du:» straight above its steps; Python-Markdown alone makes one paragraph."""
    html = markdown_to_html("Slik gjør du:\n1. Logg inn.\n2. Send.\n\nHusk:\n- BankID\n- Mobil\n")
    assert "<ol>" in html and html.count("<li>") == 4 and "<ul>" in html
    assert "<p>Slik gjør du:</p>" in html
    untouched = "```\nkode:\n- ikke en liste\n```\n"
    assert "<li>" not in markdown_to_html(untouched)


def test_a_text_that_starts_with_a_list_indents_its_first_item_like_the_rest() -> None:
    assert markdown_to_text("- a\n- b") == "  • a\n  • b\n"
