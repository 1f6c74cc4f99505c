import en from './en.json';

/** Every key of the English catalogue (the reference), plural forms under their base key. */
function keysOf(value: object, prefix = '', out = new Set<string>()): Set<string> {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') {
      out.add(path);
      out.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
    } else keysOf(child as object, path, out);
  }
  return out;
}

const KEYS = keysOf(en);

/** Whether the catalogues have this key: for tests of schemas whose messages are keys. */
export function isCatalogueKey(key: string): boolean {
  return KEYS.has(key);
}
