import { cleanup } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach } from 'vitest';
import { setupI18n } from './lib/i18n';
import englishEvent from './locales/en/event.json';
import englishMail from './locales/en/mail.json';
import englishManage from './locales/en/manage.json';
import swedishEvent from './locales/sv/event.json';
import swedishMail from './locales/sv/mail.json';
import swedishManage from './locales/sv/manage.json';

setupI18n('en');
// The app fetches these with the pages that need them; tests render those pages directly.
i18next.addResourceBundle('en', 'common', englishManage, true, true);
i18next.addResourceBundle('sv', 'common', swedishManage, true, true);
i18next.addResourceBundle('en', 'common', englishEvent, true, true);
i18next.addResourceBundle('sv', 'common', swedishEvent, true, true);
i18next.addResourceBundle('en', 'common', englishMail, true, true);
i18next.addResourceBundle('sv', 'common', swedishMail, true, true);
afterEach(cleanup);
