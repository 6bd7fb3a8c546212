"""The pretend family member in a practice call (tutorial mode): a drawn face that smiles, blinks and nods, made
here as a page (nothing is fetched, nobody is called), shown in the same call window as a real call."""

from __future__ import annotations

import html

PRACTICE_URL = "https://practice.carelink.invalid/"

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>practice</title>
<style>
  body { margin: 0; padding: 12px; box-sizing: border-box; height: 100vh; display: flex; flex-direction: column;
         align-items: center; justify-content: center; background: #DCEBF5; font: WORDS_PXpx sans-serif;
         color: #1A1A1A; text-align: center; }
  svg { flex: 1 1 0; min-height: 0; width: 100%; animation: nod 3s ease-in-out infinite; }
  .lid { animation: blink 4s infinite; transform-origin: center; transform-box: fill-box; }
  @keyframes nod { 0%, 100% { transform: rotate(0deg); } 50% { transform: rotate(4deg) translateY(6px); } }
  @keyframes blink { 0%, 92%, 100% { transform: scaleY(0); } 95% { transform: scaleY(1); } }
  @media (prefers-reduced-motion: reduce) { svg, .lid { animation: none; } }  /* the computer asks for stillness */
</style></head>
<body>
<svg viewBox="0 0 200 220" role="img" aria-label="NAME">
  <rect x="40" y="150" width="120" height="70" rx="40" fill="#5C2D82"/>
  <circle cx="100" cy="95" r="62" fill="#F2C7A5"/>
  <path d="M38 90 Q40 25 100 28 Q160 25 162 90 Q150 50 100 52 Q50 50 38 90 Z" fill="#7A3E00"/>
  <circle cx="78" cy="95" r="7" fill="#1A1A1A"/><circle cx="122" cy="95" r="7" fill="#1A1A1A"/>
  <rect class="lid" x="68" y="86" width="20" height="18" fill="#F2C7A5"/>
  <rect class="lid" x="112" y="86" width="20" height="18" fill="#F2C7A5"/>
  <path d="M76 122 Q100 142 124 122" stroke="#8B1A1A" stroke-width="6" fill="none" stroke-linecap="round"/>
</svg>
<div id="name">NAME</div>
</body></html>"""


def practice_page(name: str, words_px: int = 32) -> str:
    """The page, with the pretend family member's name put in as plain text, `words_px` tall (CareLink's own words
    at the household's text size); the drawing takes what room is left."""
    return _PAGE.replace("WORDS_PX", str(words_px)).replace("NAME", html.escape(name))
