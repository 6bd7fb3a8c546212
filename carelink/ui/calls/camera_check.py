"""Check my camera (and microphone): a page made here (nothing is fetched, no network at all) that shows the
person's own picture, and with the microphone a bar that moves with the sound it hears. It opens in the call
window, with the same rule: the camera (and microphone) for this page's own (made-up, never-fetched) address only.

Settings → Calls checks both; "Check my camera" on "Call Sarah?" checks the camera alone ("This is what Sarah
will see"): that is what the person wonders just before a call."""

from __future__ import annotations

CHECK_URL = "https://camera-check.carelink.invalid/"

CHECK_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>check</title>
<style>
  html, body { height: 100%; }
  body { margin: 0; padding: 12px 12px 0; box-sizing: border-box; display: flex; flex-direction: column;
         align-items: center; background: #FAF7F0; color: #1A1A1A; font: WORDS_PXpx sans-serif;
         text-align: center; }
  video { flex: 1 1 0; min-height: 0; width: 100%; object-fit: contain; }
  #words { margin: 12px; }
  #bar { flex: none; width: 60vw; height: 40px; margin: 0 auto 12px; border: 3px solid #1A1A1A;
         border-radius: 8px; }
  #level { height: 100%; width: 0; background: #1B5E20; }
</style></head>
<body>
<video id="me" autoplay muted playsinline></video>
<div id="words">WORDS_WAIT</div>
<div id="bar" BAR role="meter" aria-label="WORDS_LEVEL"><div id="level"></div></div>
<script>
window.level = 0;
navigator.mediaDevices.getUserMedia({video: true, audio: MICROPHONE}).then(function (stream) {
  document.getElementById('me').srcObject = stream;
  window.stream = stream;
  setInterval(function () { document.title = 'check:ok:' + window.level; }, 250);
  document.getElementById('words').textContent = WORDS_OK_JS;
  if (!MICROPHONE) { return; }
  var context = new AudioContext();
  var analyser = context.createAnalyser();
  context.createMediaStreamSource(stream).connect(analyser);
  var data = new Uint8Array(analyser.fftSize);
  function draw() {
    analyser.getByteTimeDomainData(data);
    var peak = 0;
    for (var i = 0; i < data.length; i++) { peak = Math.max(peak, Math.abs(data[i] - 128)); }
    window.level = Math.min(100, Math.round(peak / 128 * 300));
    document.getElementById('level').style.width = window.level + '%';
    requestAnimationFrame(draw);
  }
  draw();
}, function (error) {
  document.title = 'check:failed:' + error.name;
  document.getElementById('me').hidden = true;  // no empty frame above the words
  document.getElementById('words').textContent = WORDS_FAILED_JS;
});
</script></body></html>"""


def check_page(microphone: bool = True, words_px: int = 32) -> str:
    """The page, with its words (translated) put in as plain text, `words_px` tall (CareLink's own words at the
    household's text size): the picture takes what room is left, so the words always fit. The camera alone
    unless `microphone`."""
    import html
    import json

    from carelink.ui.widgets import tr

    wait = tr("Starting the camera…")
    if microphone:
        ok = tr("This is you. Say something: the bar moves when the microphone hears you.")
        failed = tr("The camera or microphone could not start. Another program may be using it.")
    else:
        ok = tr("If you cannot see your face, sit where the camera can see you.")
        failed = tr("The camera could not start. Another program may be using it, or this computer may not "
                    "have one.")
    level = tr("Sound level")
    page = CHECK_PAGE.replace("MICROPHONE", "true" if microphone else "false").replace("WORDS_PX", str(words_px))
    page = page.replace(" BAR ", " " if microphone else " hidden ")
    # Words set from the script are JavaScript strings put in as plain text (textContent): HTML escapes there would
    # show as "n&#x27;a" in French; "</" is broken so no words can end the script.
    for key, words in (("WORDS_OK_JS", ok), ("WORDS_FAILED_JS", failed)):
        page = page.replace(key, json.dumps(words).replace("</", "<\\/"))
    for key, words in (("WORDS_WAIT", wait), ("WORDS_LEVEL", level)):
        page = page.replace(key, html.escape(words))
    return page
