PREVIEW_CSP = ""
def build_page(body, ctx, extra_head="", rendered=None): return ""
def preview_blocks(r, ctx): return []
def preview_body(r, ctx): return ""
