import { describe, expect, it } from 'vitest';
import { applicationKey, forgetApplicationKey } from './application-key';

function fakeStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

describe('applicationKey', () => {
  it('keeps one key per call until the application is stored, then makes a new one', () => {
    const storage = fakeStorage();
    let made = 0;
    const newKey = () => `key-${++made}`;
    expect(applicationKey('call-a', storage, newKey)).toBe('key-1');
    // A double press or a retry sends the same key.
    expect(applicationKey('call-a', storage, newKey)).toBe('key-1');
    expect(applicationKey('call-b', storage, newKey)).toBe('key-2');
    forgetApplicationKey('call-a', storage);
    expect(applicationKey('call-a', storage, newKey)).toBe('key-3');
    expect(storage.items.get('roundtable.application-key.call-b')).toBe('key-2');
  });

  it('survives a reload of the tab through sessionStorage', () => {
    const storage = fakeStorage();
    storage.setItem('roundtable.application-key.call-c', 'from-before');
    expect(applicationKey('call-c', storage, () => 'new')).toBe('from-before');
  });

  it('still keeps the key in memory when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    let made = 0;
    const key = applicationKey('call-d', blocked, () => `m-${++made}`);
    expect(applicationKey('call-d', blocked, () => `m-${++made}`)).toBe(key);
    forgetApplicationKey('call-d', blocked);
    expect(applicationKey('call-d', blocked, () => `m-${++made}`)).not.toBe(key);
  });
});
