import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en/common.json';
import sv from '../locales/sv/common.json';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'hackboard.language';

function initialLanguage(): Language {
  // A page's language alternates (hreflang) are its address with `?lang=`.
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  if (asked === 'sv' || asked === 'en') return asked;
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'sv' || stored === 'en') return stored;
  const preferred = globalThis.navigator?.language?.toLowerCase() ?? 'sv';
  return preferred.startsWith('en') ? 'en' : 'sv';
}

export function setLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  void i18next.changeLanguage(language);
}

type Messages = { default: Record<string, unknown> };

/**
 * Strings fetched with the pages that need them, so the landing page does not carry them:
 * `manage` for the account pages, forms and the organizer console; `event` for the event's
 * challenges, teams, submissions, gallery and announcements; `jury` for the juror's queue, scoring
 * and pairwise screens; `judging` for the organizer's judging console; `results` for leaderboards,
 * the audience vote and the big screen; `mail` for links from mails, the account's mail settings, the
 * admin's mailbox and the organizer's messages; `eventday` for the agenda, tickets and check-in; `finder` for
 * the team finder. Both languages come together, so switching stays instant.
 */
const BUNDLES = {
  manage: () => Promise.all([import('../locales/en/manage.json'), import('../locales/sv/manage.json')]),
  event: () => Promise.all([import('../locales/en/event.json'), import('../locales/sv/event.json')]),
  jury: () => Promise.all([import('../locales/en/jury.json'), import('../locales/sv/jury.json')]),
  judging: () => Promise.all([import('../locales/en/judging.json'), import('../locales/sv/judging.json')]),
  results: () => Promise.all([import('../locales/en/results.json'), import('../locales/sv/results.json')]),
  mail: () => Promise.all([import('../locales/en/mail.json'), import('../locales/sv/mail.json')]),
  eventday: () => Promise.all([import('../locales/en/eventday.json'), import('../locales/sv/eventday.json')]),
  finder: () => Promise.all([import('../locales/en/finder.json'), import('../locales/sv/finder.json')]),
} satisfies Record<string, () => Promise<[Messages, Messages]>>;

export type MessageBundle = keyof typeof BUNDLES;

const loaded = new Map<MessageBundle, Promise<void>>();

export function loadMessages(...bundles: MessageBundle[]): Promise<void> {
  return Promise.all(
    bundles.map((bundle) => {
      let loading = loaded.get(bundle);
      if (!loading) {
        loading = BUNDLES[bundle]().then(([english, swedish]) => {
          i18next.addResourceBundle('en', 'common', english.default, true, true);
          i18next.addResourceBundle('sv', 'common', swedish.default, true, true);
        });
        loaded.set(bundle, loading);
      }
      return loading;
    }),
  ).then(() => undefined);
}

export function setupI18n(language: Language = initialLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { en: { common: en }, sv: { common: sv } },
      lng: language,
      fallbackLng: 'en',
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18next.on('languageChanged', (lng) => {
      if (typeof document !== 'undefined') document.documentElement.lang = lng;
    });
  }
  if (typeof document !== 'undefined') document.documentElement.lang = i18next.language;
  return i18next;
}
