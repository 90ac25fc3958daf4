// A certificate's history says each failure in the person's language (issue 18). Entries keep the
// error's Text beside its English; entries written before they did hold the English alone. Those
// are matched, when read, against every sentence the engine knows (engineText): a sentence whose
// template fits the whole message becomes its Text again, its params taken from the message.
// At read time rather than in a numbered store migration: the store stays as written (an older
// Certdesk still opens it), sentences added later are matched too, and a stored Text whose key a
// later version renamed is dropped and matched again instead of failing the answer's schema.
import { engineText, isText, say, type Text, type TextParam } from '../shared/engine-text.ts';
import type { Attempt } from '../shared/types.ts';

type Template = {
  key: string;
  re: RegExp;
  names: string[];
  literal: number;
  head: string;
  /** The count a plural form implies when it does not say it ("The name is ..." = one). */
  count?: number;
};

/** Whole messages need this much fixed text, so a bare "{{reason}} ({{date}})" matches nothing. */
const MIN_LITERAL = 16;
/** A param (" for example.com") may be a shorter phrase of its own. */
const MIN_PARAM_LITERAL = 4;

let templates: Template[] | null = null;

function leaves(node: unknown, prefix: string, out: [string, string][]): void {
  if (typeof node === 'string') out.push([prefix, node]);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(): Template[] {
  const all: [string, string][] = [];
  leaves(engineText, '', all);
  const out: Template[] = [];
  for (const [path, tpl] of all) {
    const form = /_(one|other)$/.exec(path)?.[1];
    const key = path.replace(/_(one|other)$/, '');
    const parts = tpl.split(/\{\{(\w+)\}\}/);
    const names: string[] = [];
    let src = '';
    let literal = 0;
    parts.forEach((p, i) => {
      if (i % 2 === 0) {
        src += escape(p);
        literal += p.length;
      } else if (names.includes(p)) src += `\\k<${p}>`;
      else {
        names.push(p);
        src += `(?<${p}>.*?)`;
      }
    });
    out.push({
      key,
      re: new RegExp(`^${src}$`, 's'),
      names,
      literal,
      head: parts[0],
      ...(form && !names.includes('count') ? { count: form === 'one' ? 1 : 2 } : {}),
    });
  }
  // The most specific sentence first: the one with the most fixed text.
  return out.sort((a, b) => b.literal - a.literal);
}

function sayOrNull(t: Text): string | null {
  try {
    return say(t);
  } catch {
    return null; // a plural sentence without its count
  }
}

/** The Text whose English is exactly `message`, or null when no known sentence says it. */
export function textFromEnglish(message: string, minLiteral = MIN_LITERAL, depth = 0): Text | null {
  templates ??= compile();
  for (const tpl of templates) {
    if (tpl.literal < minLiteral || !message.startsWith(tpl.head)) continue;
    const m = tpl.re.exec(message);
    if (!m) continue;
    const params: Record<string, TextParam> = tpl.count ? { count: tpl.count } : {};
    for (const name of tpl.names) {
      const v = m.groups?.[name] ?? '';
      if (name === 'count' && /^\d+$/.test(v)) params[name] = Number(v);
      else
        params[name] =
          (depth < 2 && v.length > 0 && textFromEnglish(v, MIN_PARAM_LITERAL, depth + 1)) || v;
    }
    const t = (Object.keys(params).length ? { key: tpl.key, params } : { key: tpl.key }) as Text;
    // Only a Text that says the very same English again (the plural form, the params) counts.
    if (isText(t) && sayOrNull(t) === message) return t;
  }
  return null;
}

/** An attempt as the window gets it: its Text when known (stored, or matched from its English). */
export function withHistoryText(a: Attempt): Attempt {
  const { text: stored, ...rest } = a;
  if (stored && isText(stored)) return a;
  const matched = rest.message ? textFromEnglish(rest.message) : null;
  return matched ? { ...rest, text: matched } : rest;
}
