import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useCallback, useSyncExternalStore } from 'react';
import enUS from '../locales/en-US';
import type { LeafKeys } from '../locales/types';
import viVN from '../locales/vi-VN';

export type Language = 'vi' | 'en';
export type MessageKey = LeafKeys<typeof viVN>;
export type MessageParams = Record<string, string | number>;

const STORAGE_KEY = 'dangvu.language';
const bundles: Record<Language, unknown> = { vi: viVN, en: enUS };
const listeners = new Set<() => void>();

function stored(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

let current: Language = stored();
apply(current);

function apply(language: Language) {
  dayjs.locale(language);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
  }
}

/** The UI language: Vietnamese unless the user chose English (remembered in this browser). */
export function getLanguage(): Language {
  return current;
}

export function setLanguage(language: Language) {
  if (language === current) return;
  current = language;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  apply(language);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function lookup(bundle: unknown, key: string): string | undefined {
  let node: unknown = bundle;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The text of `key` in `language`, with `{name}` placeholders filled; falls back to Vietnamese, then the key. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const text = lookup(bundles[language], key) ?? lookup(bundles.vi, key) ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Translation in the current language, for code outside React (the HTTP client). */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(current, key, params);
}

/** The current language and a translator bound to it; components re-render when the language changes. */
export function useI18n() {
  const language = useSyncExternalStore(subscribe, getLanguage, getLanguage);
  const tr = useCallback(
    (key: MessageKey, params?: MessageParams) => translate(language, key, params),
    [language],
  );
  return { language, setLanguage, t: tr };
}

/** The label of a code the server sends (role, kind, status, sex); an unknown code is shown as is. */
export function codeLabel(
  tr: (key: MessageKey, params?: MessageParams) => string,
  group: 'common.sex' | 'common.role' | 'member.status' | 'org.kind',
  code: string,
): string {
  const key = `${group}.${code}` as MessageKey;
  const text = tr(key);
  return text === key ? code : text;
}
