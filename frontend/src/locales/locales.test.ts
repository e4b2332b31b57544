import { describe, expect, it } from 'vitest';

type Bundle = Record<string, unknown>;

const vi = import.meta.glob<Bundle>('./vi-VN/*.ts', { eager: true, import: 'default' });
const en = import.meta.glob<Bundle>('./en-US/*.ts', { eager: true, import: 'default' });

function keys(bundle: unknown, prefix = ''): string[] {
  return Object.entries(bundle as Bundle).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function placeholders(bundle: unknown, prefix = ''): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(bundle as Bundle).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort()]]
        : Object.entries(placeholders(value, `${prefix}${key}.`)),
    ),
  );
}

const names = (files: Record<string, unknown>) => Object.keys(files).map((f) => f.split('/').pop());

describe('i18n bundles', () => {
  it('have the same files in vi-VN and en-US', () => {
    expect(names(en).sort()).toEqual(names(vi).sort());
    expect(Object.keys(vi).length).toBeGreaterThan(5);
  });

  for (const [path, bundle] of Object.entries(vi)) {
    const file = path.split('/').pop() as string;
    const english = en[`./en-US/${file}`];

    it(`${file}: same keys in both languages`, () => {
      expect(keys(english).sort()).toEqual(keys(bundle).sort());
    });

    it(`${file}: same placeholders in both languages`, () => {
      expect(placeholders(english)).toEqual(placeholders(bundle));
    });

    it(`${file}: no empty text`, () => {
      const empty = (b: unknown) =>
        keys(b).filter(
          (k) => (k.split('.').reduce<unknown>((n, p) => (n as Bundle)[p], b) as string).trim() === '',
        );
      expect(empty(bundle)).toEqual([]);
      expect(empty(english)).toEqual([]);
    });
  }
});
