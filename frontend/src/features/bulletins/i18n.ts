import { i18n } from '@/lib/i18n';
import en from '@/locales/en/bulletins.json';
import ru from '@/locales/ru/bulletins.json';

/**
 * The bulletin screens' texts travel with the bulletin chunks, not the start bundle: this module is
 * imported only by the bulletin components and adds the namespace (both languages) the first time one
 * of them is opened.
 */
export const bulletinTexts = { ru, en } as const;

for (const [language, texts] of Object.entries(bulletinTexts)) {
  if (!i18n.hasResourceBundle(language, 'bulletins')) {
    i18n.addResourceBundle(language, 'bulletins', texts, true, true);
  }
}
