// The badge's own style sheet, inside its shadow root: page CSS cannot reach it and it cannot reach
// the page. Sizes in px so a page's root font size does not change the badge.
import { STATUS_COLORS } from '../../utils/presentation';

// The shared status colors (same as the popup and the toolbar button), light and dark.
const statusRules = Object.entries(STATUS_COLORS)
  .map(
    ([status, s]) =>
      `.root[data-status="${status}"]{--status:${s.light.solid};--status-ink:${s.light.fg};--status-bg:${s.light.bg};--status-line:${s.light.border}}`,
  )
  .join('\n');
const darkStatusRules = Object.entries(STATUS_COLORS)
  .map(
    ([status, s]) =>
      `.root[data-status="${status}"]{--status:${s.dark.solid};--status-ink:${s.dark.fg};--status-bg:${s.dark.bg};--status-line:${s.dark.border}}`,
  )
  .join('\n');

export const BADGE_CSS = `
:host{display:block !important;margin:10px 0 14px !important;padding:0 !important;max-width:100% !important}
html,body{display:block;margin:0;padding:0;background:transparent}
.root{--status:#1f5f66;--accent:#d99a1e;--ink:#1b2b2d;--muted:#52696b;--line:#c9d8d9;--paper:#ffffff;--tint:#f2f7f7;--quote:#fbf6e9;
  font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);text-align:start;
  -webkit-font-smoothing:antialiased}
${statusRules}
*{box-sizing:border-box}
button{font:inherit;color:inherit;cursor:pointer;margin:0}
button:focus-visible,a:focus-visible{outline:2px solid #2a6fdb;outline-offset:2px}
svg{display:block}
.mark{width:16px;height:16px;flex:none;color:var(--status)}
.pill{display:inline-flex;align-items:stretch;max-width:100%;background:var(--status-bg);border:1px solid var(--status-line);color:var(--status-ink);
  border-radius:999px;box-shadow:0 1px 2px rgba(15,40,44,.06)}
.toggle{display:inline-flex;align-items:center;gap:8px;min-width:0;padding-block:5px;padding-inline:10px 8px;background:none;border:0;
  border-start-start-radius:999px;border-end-start-radius:999px;text-align:start}
.toggle:hover,.dismiss:hover{background:rgba(127,127,127,.12)}
.line{font-weight:600;min-width:0;overflow-wrap:anywhere}
.line strong{font-weight:700}
.line .rest{font-weight:500}
.chev{width:10px;height:6px;flex:none;opacity:.7;transition:transform .15s ease}
.chev.up{transform:rotate(180deg)}
@media (prefers-reduced-motion: reduce){.chev{transition:none}}
.dismiss{display:flex;align-items:center;padding-block:0;padding-inline:7px 11px;background:none;border:0;border-inline-start:1px solid var(--status-line);
  border-start-end-radius:999px;border-end-end-radius:999px;color:inherit;opacity:.75}
.dismiss:hover{opacity:1}
.dismiss svg{width:10px;height:10px}
.card{margin-top:8px;max-width:480px;background:var(--paper);color:var(--ink);border:1px solid var(--line);
  border-top:3px solid var(--status);border-radius:10px;box-shadow:0 8px 28px rgba(15,40,44,.16);padding:12px 16px 12px}
.card header{display:flex;align-items:center;justify-content:space-between;gap:12px}
.kicker,h3{font-size:11px;font-weight:650;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
.brand{display:inline-flex;align-items:center;gap:5px;font-size:12px;color:var(--muted)}
.brand .mark{width:14px;height:14px}
.summary{margin:4px 0 2px;font-size:16px;font-weight:650;line-height:1.35}
.explain{margin:2px 0 0;font-size:13px;color:var(--muted)}
h3{margin:14px 0 6px}
ul{list-style:none;margin:0;padding:0}
.evidence li{margin:0 0 8px}
blockquote{margin:0;padding:7px 10px;background:var(--quote);border-inline-start:3px solid var(--accent);border-start-end-radius:6px;border-end-end-radius:6px;
  font-size:13.5px;line-height:1.45;overflow-wrap:anywhere}
.rule{display:block;margin:3px 0 0;margin-inline-start:13px;font-size:12px;color:var(--muted)}
.links li{margin:3px 0;overflow-wrap:anywhere}
a{color:var(--status-ink);text-decoration:underline;text-underline-offset:2px}
.note{margin:10px 0 0;padding:6px 9px;border-radius:6px;background:#fff6dc;color:#5b4a12;font-size:13px}
footer{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-top:14px;padding-top:10px;border-top:1px solid #e3ecec}
.primary{padding:6px 12px;border:0;border-radius:6px;background:var(--status);color:#fff;font-weight:600}
.primary:hover{filter:brightness(1.1)}
.quiet{padding:5px 10px;border:1px solid var(--line);border-radius:6px;background:none;color:var(--ink)}
.quiet:hover{background:var(--tint)}
.close{margin-inline-start:auto}
@media (prefers-color-scheme: dark){
  .root{--ink:#e4eeee;--muted:#a3b8b9;--line:#3a4d50;--paper:#182224;--tint:#1f2b2d;--quote:#2b281d}
  ${darkStatusRules}
  .mark{color:var(--status-ink)}
  .note{background:#3a3218;color:#f2e3b0}
  footer{border-top-color:#2c3b3d}
}
`;
