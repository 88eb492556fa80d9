// The pages' only style and script, inlined in every page (the static report opens from disk with no
// other files). Plain CSS and plain JavaScript: no framework, no build step. Colours are chosen for
// WCAG AA: body text #1a1a1a on white is 17:1, on every highlight colour above 10:1; links #0b4f9c 8:1.

/** Light highlight colours, one per speaker (in legend order); past the list, hues step by the golden angle. */
const PALETTE = ['#ffe08a', '#b8e3ff', '#c8f0c0', '#ffc9de', '#e0d0ff', '#ffd3b0', '#bff0e8', '#d9c7a7', '#e8f59a', '#f5b8b8', '#9fd3ff', '#f3c6f7'];

export function speakerColour(i: number): string {
  if (i < PALETTE.length) return PALETTE[i];
  const hue = Math.round((i * 137.508) % 360);
  return `hsl(${hue} 75% 86%)`;
}

/** Per-page rules: one class per speaker in the page's legend. */
export function speakerCss(n: number): string {
  let css = '';
  for (let i = 0; i < n; i++) css += `.sp${i}{background:${speakerColour(i)}}`;
  return css;
}

export const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
a{color:#0b4f9c}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
header.top{display:flex;gap:1.2em;align-items:center;flex-wrap:wrap;padding:.6em 1.2em;border-bottom:1px solid #c4c4c4;background:#f6f6f6}
header.top .brand{font-weight:700;color:#1a1a1a;text-decoration:none}
header.top form{margin-left:auto}
main{padding:1em 1.2em;max-width:1400px}
h1{font-size:1.5em;margin:.2em 0 .4em}
h2{font-size:1.15em;margin:1em 0 .4em}
.muted{color:#4d4d4d}
.meta{color:#4d4d4d;margin:0 0 1em}
.ok{color:#0a6b2a;font-weight:600}
.bad{color:#a3001b;font-weight:600}
.flash{padding:.5em .8em;border:1px solid #0a6b2a;background:#eaf6ec;margin-bottom:1em}
.error{padding:.5em .8em;border:1px solid #a3001b;background:#fbeaec;margin-bottom:1em}
table.list{border-collapse:collapse;width:100%}
table.list th,table.list td{text-align:left;padding:.35em .5em;border-bottom:1px solid #ddd;vertical-align:top}
table.list th{background:#f6f6f6}
nav.pager{margin:1em 0;display:flex;gap:1em;align-items:center}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 26em;gap:1.5em;align-items:start}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
article.text{white-space:pre-wrap;max-width:46em;font-size:1.05em;line-height:1.7}
aside.side{position:sticky;top:.5em;max-height:calc(100vh - 1em);overflow:auto;border-left:1px solid #ddd;padding-left:1em}
a.claim{color:#1a1a1a;text-decoration:none;border-radius:2px;padding:1px 0}
a.claim:hover{text-decoration:underline}
a.claim.t-statement{background:#e9edf2;border-bottom:2px dotted #3d4f63}
a.claim.t-indirect{border-bottom:2px solid #5a5a5a}
a.claim.nospeaker{background:#fff;outline:2px dashed #a3001b;outline-offset:0}
a.claim.corrected{border-bottom:3px double #1a1a1a}
a.claim.off{background:none!important;outline:none;border-bottom:none}
a.claim.sel{outline:3px solid #1a1a1a;outline-offset:1px}
a.pin{font-size:.8em;text-decoration:none;color:#1a1a1a;background:#e9edf2;border:1px solid #3d4f63;border-radius:3px;padding:0 .25em;margin:0 .1em;vertical-align:super}
a.pin.off{display:none}
.legend{list-style:none;padding:0;margin:0 0 .6em;display:flex;flex-wrap:wrap;gap:.35em}
.legend button{font:inherit;font-size:.92em;color:#1a1a1a;border:1px solid #8a8a8a;border-radius:3px;padding:.1em .45em;cursor:pointer}
.legend button[aria-pressed=true]{outline:3px solid #1a1a1a}
.legend .t-statement{background:#e9edf2;border-bottom:2px dotted #3d4f63}
.legend .nospeaker{background:#fff;border:2px dashed #a3001b}
.filters{margin:.4em 0 .8em}
.filters label{margin-right:.7em;white-space:nowrap}
.card{display:none;border:1px solid #8a8a8a;border-radius:4px;padding:.6em .8em;margin:.6em 0;background:#fff}
.card.open,html:not(.js) .card:target{display:block}
.cards:has(.card.open) .hint,html:not(.js) .cards:has(.card:target) .hint{display:none}
.card blockquote{margin:.4em 0;padding-left:.7em;border-left:4px solid #8a8a8a}
.card dl{display:grid;grid-template-columns:9em 1fr;gap:.2em .6em;margin:.4em 0}
.card dt{font-weight:600}
.card dd{margin:0}
.card form{border-top:1px solid #ddd;margin-top:.6em;padding-top:.4em}
.card form label{display:block;margin:.25em 0}
.card input[type=text],.card input[type=url],.card input[type=date],.card select{font:inherit;width:100%;padding:.15em .3em;border:1px solid #6b6b6b;color:#1a1a1a;background:#fff}
.card button,form.search button{font:inherit;padding:.15em .7em;border:1px solid #1a1a1a;background:#f0f0f0;color:#1a1a1a;cursor:pointer}
.diff del{background:#fbd5da;color:#1a1a1a}
.diff ins{background:#cdeccf;color:#1a1a1a;text-decoration:none}
ul.plain{padding-left:1.2em}
.kbd{font-family:ui-monospace,monospace;border:1px solid #8a8a8a;border-radius:3px;padding:0 .3em}
code{font-family:ui-monospace,monospace;font-size:.92em;overflow-wrap:anywhere}
`;

/**
 * Filters (by type, by speaker), the open card and the selected claim's outline (from the URL
 * fragment), and keys: j/k or n/p move through the claims, Escape closes the card and returns to its
 * claim. Without this script cards still open through the fragment (CSS :target).
 */
export const SCRIPT = `
(function(){
  var marks=[].slice.call(document.querySelectorAll('a.claim,a.pin'));
  var state={speaker:null,types:{}};
  var boxes=[].slice.call(document.querySelectorAll('.filters input[type=checkbox]'));
  function passes(el){
    var t=el.getAttribute('data-type'),s=el.getAttribute('data-speaker');
    if(state.types[t]===false)return false;
    if(state.speaker!==null&&s!==state.speaker)return false;
    return true;
  }
  function apply(){
    boxes.forEach(function(b){state.types[b.value]=b.checked;});
    var shown={};
    marks.forEach(function(el){
      var ok=passes(el);el.classList.toggle('off',!ok);
      if(ok)shown[el.getAttribute('data-id')]=1;
      if(el.hasAttribute('data-first'))el.tabIndex=ok?0:-1;
    });
    var n=document.getElementById('shown');if(n)n.textContent=String(Object.keys(shown).length);
    document.querySelectorAll('.legend button[data-speaker]').forEach(function(b){b.setAttribute('aria-pressed',String(state.speaker===b.getAttribute('data-speaker')));});
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  document.querySelectorAll('.legend button[data-speaker]').forEach(function(b){
    b.addEventListener('click',function(){var k=b.getAttribute('data-speaker');state.speaker=state.speaker===k?null:k;apply();});
  });
  var all=document.getElementById('show-all');
  if(all)all.addEventListener('click',function(){state.speaker=null;boxes.forEach(function(b){b.checked=true;});apply();});
  document.documentElement.classList.add('js');
  var cards=[].slice.call(document.querySelectorAll('section.card'));
  function select(){
    var id=decodeURIComponent(location.hash.slice(1));
    marks.forEach(function(el){el.classList.toggle('sel',el.getAttribute('data-id')===id);});
    cards.forEach(function(c){c.classList.toggle('open',c.id===id);});
  }
  window.addEventListener('hashchange',select);select();
  function firsts(){return marks.filter(function(el){return el.hasAttribute('data-first')&&!el.classList.contains('off');});}
  document.addEventListener('keydown',function(e){
    var t=e.target&&e.target.tagName;if(t==='INPUT'||t==='TEXTAREA'||t==='SELECT'||e.ctrlKey||e.metaKey||e.altKey)return;
    if(e.key==='Escape'&&location.hash){
      var id=decodeURIComponent(location.hash.slice(1)),m=document.getElementById('m-'+id);
      history.replaceState(null,'',location.pathname+location.search);select();
      if(m)m.focus();
      return;
    }
    if('jknp'.indexOf(e.key)<0||!e.key)return;
    var f=firsts();if(!f.length)return;
    var i=f.indexOf(document.activeElement);
    var fwd=e.key==='j'||e.key==='n';
    var next=i<0?(fwd?0:f.length-1):(i+(fwd?1:-1)+f.length)%f.length;
    f[next].focus();e.preventDefault();
  });
  apply();
})();
`;
