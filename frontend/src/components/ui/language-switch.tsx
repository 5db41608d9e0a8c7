import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { changeLanguage, currentLanguage, LANGUAGES, type Language } from '@/lib/i18n';

export type LanguageSwitchProps = { onChange?: (language: Language) => void };

export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLanguage()}
      data={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={(value) => {
        const language = value as Language;
        void changeLanguage(language).then(() => onChange?.(language));
      }}
    />
  );
}
