"""Bodies (StreamFields) in lines: HTML text when a body is only text, else a list of blocks,
each as an editor made it (headings, quotes with their author, figures, videos)."""

from wagtail.rich_text import expand_db_html

from .pictures import dump_picture, load_picture
from .schema import LineError
from .text import body_html, sanitise_html


def load_stream(value, key, files):
    if value in (None, "", []):
        return []
    if isinstance(value, str):
        html = body_html(value)
        return [("paragraph", html)] if html else []
    if not isinstance(value, list):
        raise LineError(f"{key} must be HTML text or a list of blocks")
    return [_load_block(block, key, files) for block in value]


def _load_block(block, key, files):
    kind = block.get("type") if isinstance(block, dict) else None
    if kind == "paragraph":
        return "paragraph", body_html(str(block.get("html", "")))
    if kind == "heading":
        level = block.get("level", "h2")
        if level not in ("h2", "h3", "h4"):
            raise LineError(f"{key}: a heading's level is h2, h3 or h4, not {level!r}")
        return "heading", {"text": _text(block, "text", key), "level": level}
    if kind == "quote":
        return "quote", {
            "text": _text(block, "text", key),
            "attribution": str(block.get("attribution", "")),
        }
    if kind == "image":
        image = load_picture(block.get("image"), f"{key}.image", files)
        return "image", {"image": image, "caption": str(block.get("caption", ""))}
    if kind == "embed":
        return "embed", {"url": _text(block, "url", key), "title": str(block.get("title", ""))}
    if kind == "table":
        return "table", _load_table(block, key)
    raise LineError(
        f"{key}: unknown block {kind!r} (paragraph, heading, quote, image, embed or table)"
    )


def _load_table(block, key):
    """{"type": "table", "rows": [["cell", ...], ...], "header": "row" | "column" | "both",
    "caption"}: the cells as text."""
    rows = block.get("rows")
    if not isinstance(rows, list) or not rows or not all(isinstance(row, list) for row in rows):
        raise LineError(f"{key}: a table block needs its rows, each a list of cells")
    header = block.get("header", "")
    if header not in ("", "row", "column", "both"):
        raise LineError(f"{key}: a table's header is row, column or both, not {header!r}")
    width = max(len(row) for row in rows)
    return {
        "data": [[str(cell) for cell in row] + [""] * (width - len(row)) for row in rows],
        "first_row_is_table_header": header in ("row", "both"),
        "first_col_is_header": header in ("column", "both"),
        "table_caption": str(block.get("caption", "")),
    }


def _text(block, name, key):
    if not block.get(name):
        raise LineError(f"{key}: a {block['type']} block needs its {name}")
    return str(block[name])


def dump_stream(stream, exporter):
    blocks = [_dump_block(block, exporter) for block in stream]
    if all(block["type"] == "paragraph" for block in blocks):
        return "".join(block["html"] for block in blocks)
    return blocks


def _dump_block(block, exporter):
    value = block.value
    if block.block_type == "paragraph":
        # Links to pages and documents become their addresses: ids mean nothing elsewhere.
        return {"type": "paragraph", "html": sanitise_html(expand_db_html(value.source))}
    if block.block_type == "heading":
        return {"type": "heading", "text": value["text"], "level": value["level"]}
    if block.block_type == "quote":
        return _without_empty(
            {"type": "quote", "text": value["text"], "attribution": value["attribution"]}
        )
    if block.block_type == "image":
        return _without_empty(
            {
                "type": "image",
                "image": dump_picture(value["image"], exporter),
                "caption": value["caption"],
            }
        )
    if block.block_type == "embed":
        return _without_empty({"type": "embed", "url": value["url"].url, "title": value["title"]})
    if block.block_type == "table":
        return _dump_table(value)
    raise ValueError(f"no interchange form for the block {block.block_type!r}")


def _without_empty(block):
    return {key: value for key, value in block.items() if value not in (None, "")}


def _dump_table(value):
    by_row, by_column = value.get("first_row_is_table_header"), value.get("first_col_is_header")
    header = {(True, True): "both", (True, False): "row", (False, True): "column"}.get(
        (bool(by_row), bool(by_column)), ""
    )
    rows = [[cell or "" for cell in row] for row in value.get("data") or []]
    return _without_empty(
        {"type": "table", "rows": rows, "header": header, "caption": value.get("table_caption")}
    )
