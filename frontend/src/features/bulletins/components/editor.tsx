import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { SearchSelect } from '@/components/ui/search-select';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';
import { errorMessage, notifySuccess } from '@/lib/notify';
import { ApiError, fieldErrors } from '@/lib/problem';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';

import {
  type BlockBody,
  type Draft,
  useDraft,
  useIssueActions,
  useReviewerChoices,
} from '../api/bulletins';
import '../i18n';

import { BlockList } from './blocks';
import { DeliveryPanel } from './delivery-panel';
import { STATUS_COLORS } from './issue-list';
import { MailPreview } from './mail-preview';
import { period } from './period';

/**
 * A block as the editor sends it back: id, kind, title and text (the server keeps a compiled block's
 * data), plus whether it carries the compiler's figures, for the hint.
 */
type EditedBlock = Required<Pick<BlockBody, 'id' | 'kind' | 'title' | 'markdown'>> & {
  compiled: boolean;
};

function newArticleId() {
  return `article-${Math.random().toString(36).slice(2, 10)}`;
}

export function moveBlock<T>(blocks: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= blocks.length) return blocks;
  const next = [...blocks];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** The editor of one issue: its blocks while a draft, review actions, corrections and delivery. */
export function Editor({ id }: { id: string }) {
  const { t } = useTranslation('bulletins');
  const draft = useDraft(id);
  return (
    <>
      <PageHeader title={draft.data?.title ?? t('editor.pageTitle')} />
      <DataState
        isLoading={draft.isLoading}
        error={draft.error}
        isEmpty={false}
        onRetry={() => void draft.refetch()}
      >
        {draft.data && <EditorBody key={draft.data.version} draft={draft.data} />}
      </DataState>
    </>
  );
}

function EditorBody({ draft }: { draft: Draft }) {
  const { t } = useTranslation('bulletins');
  const format = useFormat();
  const actions = useIssueActions(draft.id);
  const [reviewerQuery, setReviewerQuery] = useState('');
  const reviewers = useReviewerChoices(reviewerQuery);
  const editable = draft.allowed.edit || draft.allowed.correct;
  const [reviewerId, setReviewerId] = useState<string | null>(draft.reviewer?.id ?? null);
  const [title, setTitle] = useState(draft.title);
  const [periodFrom, setPeriodFrom] = useState(draft.periodFrom ?? '');
  const [periodTo, setPeriodTo] = useState(draft.periodTo ?? '');
  const [blocks, setBlocks] = useState<EditedBlock[]>(() =>
    draft.blocks.map(({ id, kind, title, markdown, data }) => ({
      id,
      kind,
      title,
      markdown,
      compiled: Object.keys(data ?? {}).length > 0,
    })),
  );
  const [dirty, setDirty] = useState(false);
  const [note, setNote] = useState('');
  const [comment, setComment] = useState('');
  const change = (next: EditedBlock[]) => {
    setBlocks(next);
    setDirty(true);
  };
  const update = (index: number, patch: Partial<EditedBlock>) =>
    change(blocks.map((block, i) => (i === index ? { ...block, ...patch } : block)));
  const failed = [
    actions.save,
    actions.submit,
    actions.giveBack,
    actions.publish,
    actions.correct,
    actions.compile,
  ].find((m) => m.isError);
  const violations = failed?.error instanceof ApiError ? fieldErrors(failed.error.problem) : {};
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failed?.error);
  const conflict = failed?.error instanceof ApiError && failed.error.status === 409;
  const blockError = (index: number, field: string) =>
    Object.entries(violations).find(([path]) =>
      new RegExp(`blocks\\[${index}\\]\\.${field}$`).test(path),
    )?.[1];
  const fieldError = (field: string) =>
    Object.entries(violations).find(([path]) => path === field || path.endsWith(`.${field}`))?.[1];
  const sent: BlockBody[] = blocks.map(({ id, kind, title, markdown }) => ({
    id,
    kind,
    title,
    markdown,
  }));
  const body = {
    version: draft.version,
    title: title.trim(),
    periodFrom,
    periodTo,
    reviewerId,
    blocks: sent,
  };
  const reviewerOptions = (reviewers.data ?? []).filter(
    (r) => !draft.editors.some((e) => e.id === r.value),
  );

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Badge variant="light" color={STATUS_COLORS[draft.status] ?? 'gray'}>
          {t(`status.${draft.status}`)}
        </Badge>
        <Text>{t('issue.number', { number: draft.number })}</Text>
        <Text>
          {t('issue.period', { period: period(format, draft.periodFrom, draft.periodTo) })}
        </Text>
        {draft.revision > 0 && (
          <Anchor component={Link} to={paths.bulletinIssue.getHref(draft.seriesSlug, draft.number)}>
            {t('editor.publicPage', { revision: draft.revision })}
          </Anchor>
        )}
        <Anchor component={Link} to={paths.bulletinEditorial.getHref()}>
          {t('editor.toList')}
        </Anchor>
      </Group>
      <Text size="sm">
        {t('editor.people', {
          editors: draft.editors.map((e) => e.fullName).join(', ') || '—',
          reviewer: draft.reviewer?.fullName ?? t('editor.noReviewer'),
        })}
      </Text>
      {draft.returnComment && draft.status === 'DRAFT' && (
        <Alert color="yellow" title={t('editor.returned')}>
          {draft.returnComment}
        </Alert>
      )}
      {failed && (
        <Alert color="red" role="alert">
          {errorMessage(failed.error)}
          {conflict && <> {t('editor.conflict')}</>}
        </Alert>
      )}

      <Tabs defaultValue="blocks" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="blocks">
            {editable ? t('editor.tabEdit') : t('editor.tabBlocks')}
          </Tabs.Tab>
          <Tabs.Tab value="web">{t('editor.tabWeb')}</Tabs.Tab>
          <Tabs.Tab value="mail">{t('editor.tabMail')}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="blocks" pt="md">
          {editable ? (
            <form
              ref={formRef}
              aria-label={t('editor.formLabel')}
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (!draft.allowed.edit) return;
                void actions.save
                  .mutateAsync(body)
                  .then(() => notifySuccess(t('editor.saved')))
                  .catch(() => {});
              }}
            >
              <Stack gap="md" maw={900}>
                <TextInput
                  label={t('fields.title')}
                  required
                  value={title}
                  onChange={(e) => {
                    setTitle(e.currentTarget.value);
                    setDirty(true);
                  }}
                  error={fieldError('title')}
                  readOnly={!draft.allowed.edit}
                />
                {draft.allowed.edit && (
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <TextInput
                      type="date"
                      label={t('fields.periodFrom')}
                      required
                      value={periodFrom}
                      onChange={(e) => {
                        setPeriodFrom(e.currentTarget.value);
                        setDirty(true);
                      }}
                      error={fieldError('periodFrom')}
                    />
                    <TextInput
                      type="date"
                      label={t('fields.periodTo')}
                      required
                      value={periodTo}
                      onChange={(e) => {
                        setPeriodTo(e.currentTarget.value);
                        setDirty(true);
                      }}
                      error={fieldError('periodTo')}
                    />
                    <SearchSelect
                      label={t('fields.reviewer')}
                      description={t('editor.reviewerHint')}
                      placeholder={t('editor.reviewerPlaceholder')}
                      options={reviewerOptions}
                      selected={
                        draft.reviewer
                          ? { value: draft.reviewer.id, label: draft.reviewer.fullName }
                          : null
                      }
                      onQueryChange={setReviewerQuery}
                      searching={reviewers.isFetching}
                      searchingMessage={t('wizard.searching')}
                      nothingFoundMessage={t('editor.noReviewers')}
                      value={reviewerId}
                      onChange={(value) => {
                        setReviewerId(value);
                        setDirty(true);
                      }}
                      error={fieldError('reviewerId')}
                      clearable
                    />
                  </SimpleGrid>
                )}
                {blocks.map((block, index) => {
                  const name = block.title || t(`kinds.${block.kind}`);
                  return (
                    <Fieldset
                      key={block.id}
                      legend={t('editor.blockLegend', { index: index + 1, name })}
                    >
                      <Stack gap="sm">
                        <Group justify="space-between">
                          <Badge variant="outline">{t(`kinds.${block.kind}`)}</Badge>
                          <Group gap={4}>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('editor.up', { name })}
                              disabled={index === 0}
                              onClick={() => change(moveBlock(blocks, index, -1))}
                            >
                              <IconArrowUp size={16} aria-hidden />
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('editor.down', { name })}
                              disabled={index === blocks.length - 1}
                              onClick={() => change(moveBlock(blocks, index, 1))}
                            >
                              <IconArrowDown size={16} aria-hidden />
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('editor.remove', { name })}
                              onClick={() => change(blocks.filter((_, i) => i !== index))}
                            >
                              <IconTrash size={16} aria-hidden />
                            </ActionIcon>
                          </Group>
                        </Group>
                        <TextInput
                          label={t('editor.blockTitle')}
                          value={block.title ?? ''}
                          onChange={(e) => update(index, { title: e.currentTarget.value })}
                          error={blockError(index, 'title')}
                        />
                        <Textarea
                          label={t('editor.markdown')}
                          description={t('editor.markdownHint')}
                          autosize
                          minRows={4}
                          maxRows={20}
                          value={block.markdown ?? ''}
                          onChange={(e) => update(index, { markdown: e.currentTarget.value })}
                          error={blockError(index, 'markdown')}
                        />
                        {block.compiled && (
                          <Text size="xs" c="dimmed">
                            {t('editor.dataKept')}
                          </Text>
                        )}
                      </Stack>
                    </Fieldset>
                  );
                })}
                <Group>
                  <Button
                    variant="light"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    onClick={() =>
                      change([
                        ...blocks,
                        {
                          id: newArticleId(),
                          kind: 'ARTICLE',
                          title: '',
                          markdown: '',
                          compiled: false,
                        },
                      ])
                    }
                  >
                    {t('editor.addArticle')}
                  </Button>
                </Group>
                {draft.allowed.edit ? (
                  <Group>
                    <Button type="submit" loading={actions.save.isPending} disabled={!dirty}>
                      {t('editor.save')}
                    </Button>
                    {draft.campaignId && (
                      <Button
                        variant="default"
                        loading={actions.compile.isPending}
                        onClick={() => actions.compile.mutate(draft.version)}
                      >
                        {t('editor.recompile')}
                      </Button>
                    )}
                    <Button
                      variant="filled"
                      color="teal"
                      disabled={dirty || !draft.allowed.submit}
                      loading={actions.submit.isPending}
                      onClick={() => actions.submit.mutate(draft.version)}
                    >
                      {t('editor.submit')}
                    </Button>
                    {dirty && (
                      <Text size="sm" c="dimmed">
                        {t('editor.saveFirst')}
                      </Text>
                    )}
                  </Group>
                ) : (
                  <Stack gap="sm">
                    <Textarea
                      label={t('editor.correctionNote')}
                      description={t('editor.correctionHint')}
                      required
                      autosize
                      minRows={2}
                      value={note}
                      onChange={(e) => setNote(e.currentTarget.value)}
                      error={fieldError('note')}
                    />
                    <Group>
                      <Button
                        color="orange"
                        loading={actions.correct.isPending}
                        disabled={!dirty}
                        onClick={() =>
                          void actions.correct
                            .mutateAsync({
                              version: draft.version,
                              note: note.trim(),
                              blocks: sent,
                            })
                            .then(() => notifySuccess(t('editor.corrected')))
                            .catch(() => {})
                        }
                      >
                        {t('editor.publishCorrection')}
                      </Button>
                    </Group>
                  </Stack>
                )}
              </Stack>
            </form>
          ) : (
            <Stack gap="lg" maw={900}>
              <BlockList blocks={draft.blocks} lang={draft.language} />
            </Stack>
          )}
        </Tabs.Panel>

        <Tabs.Panel value="web" pt="md">
          <Stack gap="sm" maw={900}>
            {dirty && (
              <Alert color="blue" role="status">
                {t('editor.previewSaved')}
              </Alert>
            )}
            <BlockList blocks={draft.blocks} lang={draft.language} />
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="mail" pt="md">
          <MailPreview id={draft.id} version={draft.version} />
        </Tabs.Panel>
      </Tabs>

      {(draft.allowed.publish || draft.allowed.returnToDraft) && (
        <Fieldset legend={t('editor.review')} maw={900}>
          <Stack gap="sm">
            <Text size="sm">{t('editor.reviewHint')}</Text>
            <Group>
              <Button
                color="green"
                disabled={!draft.allowed.publish}
                loading={actions.publish.isPending}
                onClick={() =>
                  void actions.publish
                    .mutateAsync(draft.version)
                    .then(() => notifySuccess(t('editor.publishedNotice')))
                    .catch(() => {})
                }
              >
                {t('editor.publish')}
              </Button>
            </Group>
            <Textarea
              label={t('editor.returnComment')}
              autosize
              minRows={2}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              error={fieldError('comment')}
            />
            <Group>
              <Button
                variant="default"
                disabled={!draft.allowed.returnToDraft}
                loading={actions.giveBack.isPending}
                onClick={() =>
                  actions.giveBack.mutate({ version: draft.version, comment: comment.trim() })
                }
              >
                {t('editor.return')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      )}

      {draft.status === 'PUBLISHED' && <DeliveryPanel id={draft.id} />}
    </Stack>
  );
}
