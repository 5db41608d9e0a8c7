import { i18n } from '@/lib/i18n';
import en from '@/locales/en/training.json';
import ru from '@/locales/ru/training.json';

/**
 * The training screens' texts travel with the training chunk, not the start bundle: this module is
 * imported only by the training routes and adds the namespace (both languages: the file is small) the
 * first time one of them is opened.
 */
export const trainingTexts = { ru, en } as const;

for (const [language, texts] of Object.entries(trainingTexts)) {
  if (!i18n.hasResourceBundle(language, 'training')) {
    i18n.addResourceBundle(language, 'training', texts, true, true);
  }
}
