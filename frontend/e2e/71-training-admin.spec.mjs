import { checkA11y } from './a11y.mjs';
import { test } from './harness.mjs';
import { ADMIN, COORDINATOR, apiToken, assert, signIn, unique } from './helpers.mjs';
import {
  addSession,
  approvedProgramme,
  createTrainer,
  openCohort,
  snils,
} from './training-fixture.mjs';

test('a trainer enrols a cohort from a Russian Excel CSV after its preview, and shows the check-in QR', async ({
  page,
  baseUrl,
}) => {
  const suffix = unique();
  const admin = await apiToken(baseUrl, ADMIN);
  const coordinator = await apiToken(baseUrl, COORDINATOR);
  const { user: trainerUser, id: trainerId } = await createTrainer(baseUrl, admin, {
    suffix,
    label: '71',
  });
  const programme = await approvedProgramme(baseUrl, coordinator, {
    suffix,
    totalHours: 16,
    modules: [{ title: 'Модуль 1', hours: 16, topics: [], questions: [] }],
  });
  const cohort = await openCohort(baseUrl, coordinator, {
    suffix,
    programmeId: programme.id,
    trainerIds: [trainerId],
  });
  const trainer = await apiToken(baseUrl, trainerUser);
  await addSession(baseUrl, trainer, cohort.id, {
    topic: 'Мониторинг аккаунтов',
    mode: 'IN_PERSON',
    address: 'Саратов, ул. Московская, 72',
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
  await page.getByRole('button', { name: 'Загрузить список (CSV/XLSX/ODS)' }).click();
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
