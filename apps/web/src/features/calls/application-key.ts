/**
 * The idempotency key of one application being written to a call: made once, kept in the tab's
 * sessionStorage until the application is stored, so a double press, a retry after a lost answer
 * or a reload sends the same key and the API returns the same application (rule 2).
 */

type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'roundtable.application-key.';

function sessionStore(): KeyStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be blocked; a key kept in memory still covers a double press.
    return null;
  }
}

const memory = new Map<string, string>();

/** The key for an application to `callId`, made the first time it is asked for. */
export function applicationKey(
  callId: string,
  storage: KeyStorage | null = sessionStore(),
  newKey: () => string = () => crypto.randomUUID(),
): string {
  const name = PREFIX + callId;
  let key: string | null = null;
  try {
    key = storage?.getItem(name) ?? null;
  } catch {
    key = null;
  }
  key ??= memory.get(name) ?? null;
  if (key) return key;
  const made = newKey();
  memory.set(name, made);
  try {
    storage?.setItem(name, made);
  } catch {
    // Kept in memory only.
  }
  return made;
}

/** Forgets the key once the application is stored: a later application (after a withdrawal) is a new one. */
export function forgetApplicationKey(callId: string, storage: KeyStorage | null = sessionStore()): void {
  const name = PREFIX + callId;
  memory.delete(name);
  try {
    storage?.removeItem(name);
  } catch {
    // Nothing to forget.
  }
}
