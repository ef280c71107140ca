/** HTML templating with escaping by default: interpolated values are escaped unless wrapped in `raw`. */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Mark already-safe markup. */
export const raw = (value: string): SafeHtml => new SafeHtml(value);

type Value = string | number | null | undefined | SafeHtml | readonly Value[];

const render = (value: Value): string => {
  if (value === null || value === undefined) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
};

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`. */
export const html = (strings: TemplateStringsArray, ...values: Value[]): SafeHtml =>
  new SafeHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]!) : ""), ""));

/** A complete French page with the shared layout. */
export const page = (title: string, body: SafeHtml): string =>
  html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — emploi</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1e1e1e}
a{color:#000091}a:focus,button:focus,input:focus{outline:3px solid #0a76f6;outline-offset:2px}
table{border-collapse:collapse}td,th{padding:.25rem .75rem;border-bottom:1px solid #ddd;text-align:left}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem}
</style>
</head>
<body>
<a class="skip" href="#contenu">Aller au contenu</a>
<header><p><strong>emploi</strong> — toutes les offres d'emploi de France, au même endroit</p></header>
<main id="contenu">
${body}
</main>
</body>
</html>`.value;
