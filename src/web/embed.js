// Lede embed: include this script on your page to give Lede iframes the height of their content.
//
//   <iframe data-lede src="https://example.org/lede/?embed#article=…" title="Lede: …"
//           style="width:100%;height:480px;border:0" loading="lazy"></iframe>
//   <script src="https://example.org/lede/embed.js" async></script>
//
// or, to let the script create the iframe: <div data-lede="https://example.org/lede/?embed#…"></div>
//
// Only http(s) URLs on the origin this script is served from are embedded.
// The embedded page posts {type: "lede:height", height} (CSS pixels) to its parent whenever
// the height of its content changes; this script sets the iframe's height to it. A message is
// accepted only from a Lede iframe on this page, from that iframe's own origin, with exactly
// that shape and a finite height between 0 and 100000; anything else is ignored. Without this
// script the iframe keeps the height in its style attribute and scrolls.
(() => {
  'use strict';
  if (window.__ledeEmbed) return; // included twice: one listener is enough
  window.__ledeEmbed = true;
  const MAX_HEIGHT = 100000;
  const frames = new Map(); // iframe → origin of its src
  // Only http(s) pages of the Lede this script came from: a `data-lede` value is never run as
  // a javascript: or data: URL, nor used to frame some other site.
  const script = document.currentScript;
  const home = script && script.src ? new URL(script.src).origin : null;

  function originOf(src) {
    try {
      const url = new URL(src, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
      if (home !== null && url.origin !== home) return null;
      return url.origin;
    } catch {
      return null;
    }
  }

  function embedUrl(src) {
    const url = new URL(src, document.baseURI);
    if (!url.searchParams.has('embed')) url.searchParams.set('embed', '');
    return url.href.replace(/([?&])embed=(?=&|#|$)/, '$1embed');
  }

  function adopt(frame) {
    if (frames.has(frame)) return;
    const origin = originOf(frame.src);
    if (!origin) return;
    frames.set(frame, origin);
    // The page may have posted its height before this script ran: ask again once it is loaded.
    const ask = () => frame.contentWindow?.postMessage({ type: 'lede:measure' }, origin);
    frame.addEventListener('load', ask);
    ask();
  }

  function mount(holder) {
    const src = holder.getAttribute('data-lede');
    if (!src || originOf(src) === null) return;
    const frame = document.createElement('iframe');
    frame.src = embedUrl(src);
    frame.title = holder.getAttribute('data-lede-title') || 'Lede news reader';
    frame.loading = 'lazy';
    frame.setAttribute('data-lede', '');
    frame.style.width = '100%';
    frame.style.height = (holder.getAttribute('data-lede-height') || '480') + 'px';
    frame.style.border = '0';
    frame.style.display = 'block';
    holder.replaceWith(frame);
    adopt(frame);
  }

  function scan() {
    for (const el of document.querySelectorAll('[data-lede]')) {
      if (el instanceof HTMLIFrameElement) adopt(el);
      else mount(el);
    }
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'lede:height') return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    for (const [frame, origin] of frames) {
      if (frame.contentWindow !== event.source) continue;
      if (event.origin !== origin) return;
      const px = Math.ceil(height) + 'px';
      if (frame.style.height !== px) frame.style.height = px;
      return;
    }
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
  // Embeds added later (pages that render on the client) are sized too.
  new MutationObserver(() => scan()).observe(document.documentElement, { childList: true, subtree: true });
})();
