"""jekyll-post-editor: write the roundup posts of a Jekyll site."""

__version__ = "0.1.0"
