import { checkA11y } from './a11y.mjs';
import { test } from './harness.mjs';
import { ADMIN, COORDINATOR, apiCall, apiToken, assert, signIn, unique } from './helpers.mjs';

/** A random СНИЛС with a correct check number (the rule of training.Snils), eleven digits. */
function snils() {
  const digits = [1 + Math.floor(Math.random() * 9)];
  while (digits.length < 9) digits.push(Math.floor(Math.random() * 10));
  const sum = digits.reduce((total, digit, i) => total + digit * (9 - i), 0);
  let check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
  if (check === 100) check = 0;
  return digits.join('') + String(check).padStart(2, '0');
}

test('a trainer enrols a cohort from a Russian Excel CSV after its preview, and shows the check-in QR', async ({
  page,
  baseUrl,
}) => {
  const suffix = unique();
  const admin = await apiToken(baseUrl, ADMIN);
  const coordinator = await apiToken(baseUrl, COORDINATOR);
  const trainerUser = {
    email: `e2e-trainer71-${suffix}@example.org`,
    password: `e2e-password-${suffix}`,
  };
  const trainerId = (
    await apiCall(baseUrl, '/api/v1/users', {
      method: 'POST',
      token: admin,
      body: { ...trainerUser, fullName: `Тренер ${suffix}`, roles: ['TRAINER'] },
    })
  ).id;
  const programme = await apiCall(baseUrl, '/api/v1/training/programmes', {
    method: 'POST',
    token: coordinator,
    body: {
      title: `Цифровой мост ${suffix}`,
      annotation: 'Программа повышения квалификации',
      totalHours: 16,
      form: 'BLENDED',
      modules: [{ title: 'Модуль 1', hours: 16, topics: [], questions: [] }],
      outcomes: ['Ведёт официальный аккаунт по методике'],
      issuer: {
        name: 'АНО «Цифровой мост»',
        inn: '7707083893',
        licenceNumber: 'Л035-01234-64/00123456',
        licenceDate: '2021-03-15',
      },
    },
  });
  await apiCall(baseUrl, `/api/v1/training/programmes/${programme.id}/approve`, {
    method: 'POST',
    token: coordinator,
    body: { version: programme.version },
  });
  const cohort = await apiCall(baseUrl, '/api/v1/training/cohorts', {
    method: 'POST',
    token: coordinator,
    body: {
      programmeId: programme.id,
      title: `Поток ${suffix}`,
      startsOn: '2023-02-01',
      endsOn: '2023-03-31',
      capacity: 10,
      autoIssue: false,
      trainerIds: [trainerId],
      completion: { attendancePercent: 75, requireAssignments: false, requireFinalTest: false },
      finalTest: { passPercent: 70, attempts: 2, questionsPerModule: 1 },
    },
  });
  const trainer = await apiToken(baseUrl, trainerUser);
  await apiCall(baseUrl, `/api/v1/training/cohorts/${cohort.id}/sessions`, {
    method: 'POST',
    token: trainer,
    body: {
      startsAt: '2023-02-03T10:00:00Z',
      endsAt: '2023-02-03T12:00:00Z',
      topic: 'Мониторинг аккаунтов',
      mode: 'IN_PERSON',
      address: 'Саратов, ул. Московская, 72',
    },
  });

  // as Russian Excel saves it: windows-1251 is not needed for the browser, but «;» and dd.mm.yyyy are
  const header =
    'Фамилия;Имя;Отчество;Электронная почта;Волонтёр;Дата рождения;СНИЛС;Дата согласия;Версия согласия';
  const good = `Петрова;Анна;Сергеевна;anna-${suffix}@example.org;да;17.05.1990;${snils()};10.01.2023;2023-01`;
  const bad = `Сидоров;Павел;;pavel-${suffix}@example.org;да;31.02.1990;112-233-445 96;10.01.2023;2023-01`;
  const file = (rows) => ({
    name: `learners-${suffix}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from([header, ...rows].join('\r\n'), 'utf8'),
  });

  await signIn(page, baseUrl, trainerUser);
  await page.goto(`${baseUrl}/training/cohorts/${cohort.id}`);
  await page.getByRole('heading', { name: `Поток ${suffix}` }).waitFor();
  await page.getByRole('button', { name: 'Загрузить список (CSV/XLSX)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Зачисление по списку' });
  await dialog.getByLabel('Файл со списком слушателей').setInputFiles(file([good, bad]));
  await dialog.getByRole('button', { name: 'Проверить (без записи)' }).click();
  const preview = dialog.getByRole('table', { name: 'Проверка файла по строкам' });
  await preview.waitFor();
  await dialog.getByText('С ошибками: 1').waitFor();
  const errorRow = preview.getByRole('row', { name: /pavel-/ });
  assert.match(await errorRow.innerText(), /Дата рождения/);
  assert.match(await errorRow.innerText(), /СНИЛС/);
  assert.equal(await dialog.getByRole('button', { name: 'Зачислить' }).isDisabled(), true);
  await checkA11y(page, 'enrolment import preview with errors');

  // the corrected file: preview, then enrol
  await dialog.getByLabel('Файл со списком слушателей').setInputFiles(file([good]));
  await dialog.getByRole('button', { name: 'Проверить (без записи)' }).click();
  await dialog.getByText('Будут зачислены: 1').waitFor();
  await dialog.getByRole('button', { name: 'Зачислить' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page
    .getByRole('table', { name: 'Состав группы' })
    .getByRole('row', { name: /Петрова/ })
    .waitFor();

  // the check-in code, and the same as a QR code opening the learner's page with the code filled in
  await page.getByRole('button', { name: 'Показать код' }).click();
  const code = (await page.getByTestId('check-in-code').innerText()).trim();
  const qr = page.getByRole('img', { name: `QR-код для отметки на занятии, код ${code}` });
  await qr.waitFor();
  assert.match(await qr.getAttribute('data-url'), new RegExp(`/my/training\\?checkin=${code}$`));
  await checkA11y(page, 'check-in code with QR');
});
