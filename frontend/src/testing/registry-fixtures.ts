import { json } from './test-utils';

export const reference = {
  sectors: [
    { code: 'EDUCATION', name: 'Образование' },
    { code: 'CULTURE', name: 'Культура' },
  ],
  organizationKinds: [{ code: 'MUNICIPAL_INSTITUTION', name: 'Муниципальное учреждение' }],
  platforms: [
    { code: 'VK', name: 'ВКонтакте', hosts: ['vk.com'] },
    { code: 'TELEGRAM', name: 'Telegram', hosts: ['t.me'] },
  ],
};

export const municipalities = [
  {
    id: 'm1',
    code: 'balakovo',
    name: 'Балаковский район',
    kind: 'DISTRICT',
    center: 'Балаково',
    region: { code: '64', name: 'Саратовская область' },
  },
  {
    id: 'm2',
    code: 'saratov',
    name: 'город Саратов',
    kind: 'URBAN_OKRUG',
    center: 'Саратов',
    region: { code: '64', name: 'Саратовская область' },
  },
];

export function account(id: string, displayName: string, platform = 'VK') {
  return {
    id,
    organization: { id: `org-${id}`, name: `Школа № ${id}` },
    municipality: { id: 'm1', name: 'Балаковский район' },
    platform,
    url: `https://vk.com/school${id}`,
    normalizedUrl: `vk.com/school${id}`,
    displayName,
    status: 'ACTIVE',
    official: true,
    externalId: null,
    createdAt: '2026-01-10T10:00:00Z',
    updatedAt: '2026-01-10T10:00:00Z',
    version: 0,
  };
}

export const referenceHandlers = {
  'GET /api/v1/reference': () => json(reference),
  'GET /api/v1/municipalities': () => json(municipalities),
};
