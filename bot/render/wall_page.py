"""The live wall page of one room: HTML with its CSS and script inline (no external assets; the
Content-Security-Policy allows only this page's nonce), the QR code as inline SVG, and the
JSON the page and its data endpoint share. Every text in the room's display language; ideas are
people's text, so the page only ever sets them as text (never as HTML)."""

from __future__ import annotations

import html
import json
from typing import Any

from bot.domain.live_wall import WallData, WallIdea
from bot.i18n import Translator
from bot.render.languages import language_name, list_text

# What the page's script reads from the JSON, besides the ideas: its own words.
PAGE_WORDS = ("reconnecting", "empty", "empty-other", "bridge")


def qr_svg(link: str) -> str:
    """The code as one SVG path of dark runs (sharp on a projector, tiny in the page)."""
    # Lazy: only the wall page needs it.
    import qrcode

    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(link)
    code.make(fit=True)
    matrix = code.get_matrix()
    runs = []
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            end = x
            while end < len(row) and row[end]:
                end += 1
            runs.append(f"M{x} {y}h{end - x}v1h{x - end}z")
            x = end
    size = len(matrix)
    return (
        f'<svg class="qr" viewBox="0 0 {size} {size}" role="img" aria-label="QR"'
        f' shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path fill="#000" d="{"".join(runs)}"/></svg>'
    )


def _idea(idea: WallIdea, data: WallData, tr: Translator) -> dict[str, Any]:
    lang = data.language
    pending = idea.title is None
    translated = idea.language != lang and not pending
    original = None
    if translated or pending:
        label = tr.plain(lang, "live-page-original", language=language_name(idea.language, lang))
        original = {"label": label, "title": idea.original_title, "text": idea.original_description}
    if pending and idea.language != lang:
        waiting = "live-page-pending" if data.translating else "live-page-untranslated"
        note = tr.plain(lang, waiting, language=language_name(idea.language, lang))
    elif translated and idea.machine:
        note = tr.plain(lang, "live-page-machine")
    elif translated:
        note = tr.plain(lang, "live-page-corrected")
    else:
        note, original = "", None
    return {
        "id": idea.idea_id,
        "title": idea.original_title if pending else idea.title,
        "text": idea.original_description if pending else (idea.description or ""),
        "note": note,
        "pending": pending and idea.language != lang,
        "original": original if not pending else None,
        "votes": idea.votes,
        "votes_label": tr.plain(lang, "live-page-votes", count=idea.votes),
        "bridge": idea.bridge,
        "themes": [data.theme_names[t] for t in idea.themes if t in data.theme_names],
    }


def wall_json(data: WallData, tr: Translator) -> dict[str, Any]:
    """What the page shows, ready for its script (the data endpoint answers exactly this)."""
    lang = data.language
    columns = [
        {
            "room": c.room_id,
            "city": c.city_name,
            "own": c.room_id == data.room_id,
            "count": tr.plain(lang, "live-page-count", count=len(c.ideas)),
            "ideas": [_idea(i, data, tr) for i in c.ideas],
        }
        for c in data.columns
    ]
    others = [c.city_name for c in data.columns if c.room_id != data.room_id]
    moment = None
    if data.moment:
        moment = {
            "title": tr.plain(lang, "live-page-moment", cities=list_text(lang, others)),
            "themes": [
                {"name": name, "ideas": [_idea(i, data, tr) for i in ideas]}
                for name, ideas in data.moment.items()
            ],
        }
    words = {w: tr.plain(lang, f"live-page-{w}") for w in PAGE_WORDS}
    return {
        "version": data.version,
        "title": data.event_title,
        "language": lang,
        "columns": columns,
        "moment": moment,
        "words": words,
    }


def _script_json(value: dict[str, Any]) -> str:
    """JSON that cannot end the <script> element it sits in, whatever people typed."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def wall_html(
    data: WallData,
    tr: Translator,
    *,
    link: str | None,
    bot: str,
    nonce: str,
) -> str:
    """The whole page; the first data is inside it, later data comes from data.json."""
    lang = data.language
    own = next((c.city_name for c in data.columns if c.room_id == data.room_id), "")
    esc = html.escape
    join = tr.plain(lang, "live-page-join", code=data.checkin_code, bot=bot)
    # On a phone the code is a link: tapping it opens the chat with the room's check-in.
    qr = f'<a class="qr-link" href="{esc(link)}">{qr_svg(link)}</a>' if link else ""
    return PAGE.format(
        lang=esc(lang),
        nonce=esc(nonce),
        title=esc(tr.plain(lang, "live-page-title", event=data.event_title, city=own)),
        event=esc(data.event_title),
        city=esc(own),
        wall=esc(tr.plain(lang, "live-page-wall")),
        code_label=esc(tr.plain(lang, "live-page-code")),
        code=esc(data.checkin_code),
        join=esc(join),
        qr=qr,
        style=STYLE,
        script=SCRIPT,
        data=_script_json(wall_json(data, tr)),
    )


PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{title}</title>
<style nonce="{nonce}">{style}</style>
</head>
<body>
<header class="top">
  <div class="heading">
    <p class="wall-label">📺 {wall} · {city}</p>
    <h1 id="event">{event}</h1>
  </div>
  <aside class="join">
    {qr}
    <div class="join-text">
      <p class="code-label">{code_label}</p>
      <p class="code" id="room-code">{code}</p>
      <p class="join-how">{join}</p>
    </div>
  </aside>
</header>
<section id="moment" class="moment" hidden></section>
<main id="wall" class="wall"></main>
<footer><span id="status" class="status"></span></footer>
<script type="application/json" id="wall-data">{data}</script>
<script nonce="{nonce}">{script}</script>
</body>
</html>
"""

STYLE = """
*{box-sizing:border-box}
html{font-size:clamp(15px,1.15vw + 6px,30px)}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
background:#f6f4ee;color:#1b1b1b;line-height:1.3}
.top{display:flex;gap:1.2rem;align-items:center;justify-content:space-between;
padding:.8rem 1.4rem;background:#1f3a5f;color:#fff}
.wall-label{margin:0;font-size:1rem;opacity:.85}
h1{margin:.15rem 0 0;font-size:1.7rem;line-height:1.15}
.join{display:flex;gap:.9rem;align-items:center;background:#fff;color:#1b1b1b;
border-radius:.6rem;padding:.5rem .8rem;max-width:46%}
.qr-link{flex:none;line-height:0}
.qr{width:7.5rem;height:7.5rem}
.join-text p{margin:0}
.code-label{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:#555}
.code{font-size:2.1rem;font-weight:800;letter-spacing:.14em;font-family:ui-monospace,monospace}
.join-how{font-size:.8rem;color:#333}
.moment{margin:.8rem 1.4rem 0;padding:.6rem 1rem;border-radius:.6rem;background:#fff4d6;
border:3px solid #e0a100}
.moment h2{margin:0 0 .35rem;font-size:1.2rem}
.moment-themes{display:grid;gap:.3rem 1rem;
grid-template-columns:repeat(auto-fit,minmax(min(100%,12rem),1fr))}
.moment h3{margin:0;font-size:.8rem;color:#7a5200;text-transform:uppercase;letter-spacing:.03em}
.moment ol{margin:.1rem 0 0;padding-left:1.2rem}
.moment li{margin:.05rem 0;font-size:.9rem}
.moment .later{color:#8a4b00}
.moment-votes{white-space:nowrap;color:#555}
.wall{display:grid;gap:1.2rem;padding:1rem 1.4rem;
grid-template-columns:repeat(auto-fit,minmax(min(100%,24rem),1fr))}
.column h2{margin:0 0 .6rem;font-size:1.5rem;display:flex;justify-content:space-between;
align-items:baseline;border-bottom:4px solid #1f3a5f;padding-bottom:.2rem}
.column.own h2{border-color:#2e7d32}
.column h2 small{font-size:.85rem;font-weight:400;color:#555}
.ideas{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.7rem}
.idea{background:#fff;border-radius:.6rem;padding:.7rem .9rem;border:3px solid transparent;
box-shadow:0 1px 3px rgba(0,0,0,.12)}
.idea.bridge{border-color:#e0a100;background:#fffaf0}
.idea.fresh{animation:fresh 2.5s ease-out}
@keyframes fresh{from{background:#d8f0d8}}
.idea-title{margin:0;font-size:1.25rem;font-weight:700}
.idea-text{margin:.2rem 0 0;font-size:.95rem;color:#333;white-space:pre-line}
.meta{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin-top:.45rem;font-size:.85rem}
.votes{font-weight:700;background:#1f3a5f;color:#fff;border-radius:1rem;padding:.05rem .6rem}
.bridge-mark{font-weight:700;color:#7a5200}
.tag{background:#e8eef6;color:#1f3a5f;border-radius:1rem;padding:.05rem .55rem}
.note{font-size:.75rem;color:#666;font-style:italic}
.note.pending{color:#8a4b00}
details{margin-top:.3rem;font-size:.85rem;color:#444}
summary{cursor:pointer;color:#555}
.empty{color:#666;font-style:italic;font-size:1rem}
footer{padding:0 1.4rem 1rem;font-size:.8rem;color:#8a4b00;min-height:1.5rem}
@media (max-width:700px){
.top{flex-direction:column;align-items:stretch}
.join{max-width:none}
.qr{width:6rem;height:6rem}
h1{font-size:1.5rem}
}
"""

SCRIPT = """
(function(){
'use strict';
var state=JSON.parse(document.getElementById('wall-data').textContent);
var seen=null, opened={};
var base=location.pathname.replace(/\\/+$/,'');
function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;
if(text!==undefined&&text!==null)e.textContent=text;return e;}
function idea(i,fresh){
  var li=el('li','idea'+(i.bridge?' bridge':'')+(fresh?' fresh':''));
  li.dataset.idea=i.id;
  li.appendChild(el('p','idea-title',i.title));
  if(i.text)li.appendChild(el('p','idea-text',i.text));
  var meta=el('div','meta');
  meta.appendChild(el('span','votes',i.votes_label));
  if(i.bridge)meta.appendChild(el('span','bridge-mark','\\u{1F309} '+state.words.bridge));
  i.themes.forEach(function(t){meta.appendChild(el('span','tag',t));});
  if(i.note)meta.appendChild(el('span','note'+(i.pending?' pending':''),i.note));
  li.appendChild(meta);
  if(i.original){
    var d=el('details');d.dataset.idea=i.id;d.open=!!opened[i.id];
    d.addEventListener('toggle',function(){opened[i.id]=d.open;});
    d.appendChild(el('summary','',i.original.label));
    d.appendChild(el('p','idea-title',i.original.title));
    if(i.original.text)d.appendChild(el('p','idea-text',i.original.text));
    li.appendChild(d);
    li.title=i.original.title;
  }
  return li;
}
function render(){
  var before=seen;seen={};
  var wall=document.getElementById('wall');wall.textContent='';
  state.columns.forEach(function(c){
    var col=el('section','column'+(c.own?' own':''));col.dataset.room=c.room;
    var h=el('h2','',c.city);h.appendChild(el('small','',c.count));col.appendChild(h);
    if(!c.ideas.length)col.appendChild(el('p','empty',state.words[c.own?'empty':'empty-other']));
    var ul=el('ul','ideas');
    // Newest first: a projector cannot scroll, and people look for the idea they just sent.
    c.ideas.slice().reverse().forEach(function(i){
      seen[i.id]=1;ul.appendChild(idea(i,before&&!before[i.id]));});
    col.appendChild(ul);wall.appendChild(col);
  });
  var m=document.getElementById('moment');m.textContent='';
  if(state.moment){
    m.hidden=false;m.appendChild(el('h2','','\\u{1F504} '+state.moment.title));
    var grid=el('div','moment-themes');
    state.moment.themes.forEach(function(t){
      var box=el('div');box.appendChild(el('h3','',t.name));var ol=el('ol');
      t.ideas.forEach(function(i){
        var li=el('li',i.pending?'later':'',(i.pending?'\\u23f3 ':'')+i.title+' ');
        li.appendChild(el('span','moment-votes','\\u00b7 '+i.votes_label));
        li.title=i.pending?i.note:(i.original?i.original.title:'');ol.appendChild(li);});
      box.appendChild(ol);grid.appendChild(box);
    });
    m.appendChild(grid);
  }else{m.hidden=true;}
  document.getElementById('event').textContent=state.title;
}
function status(text){document.getElementById('status').textContent=text||'';}
function wait(ms){return new Promise(function(r){setTimeout(r,ms);});}
async function follow(){
  var delay=1000;
  for(;;){
    try{
      var r=await fetch(base+'/data.json?after='+state.version,{cache:'no-store'});
      if(!r.ok)throw new Error('HTTP '+r.status);
      var next=await r.json();
      if(next.version!==state.version||JSON.stringify(next)!==JSON.stringify(state)){
        state=next;render();
      }
      status('');delay=1000;
    }catch(e){
      status(state.words.reconnecting);
      await wait(delay+Math.random()*500);delay=Math.min(delay*2,30000);
    }
  }
}
render();follow();
})();
"""
