import { Alert, Button, Group, Modal, Stack, Stepper, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlayerTrackNext } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '@/lib/notify';
import { ApiError } from '@/lib/problem';

import { STAGES, type Stage } from '../api/schema';

import { nextStage, stageIndex } from './stages';

export type StageStepperProps = {
  stage: Stage;
  /** asks the server to move to the next stage */
  onAdvance: (to: Stage) => void;
  pending: boolean;
  /** the refusal of the last attempt (409 with the reason), shown under the stepper */
  error: unknown;
};

/**
 * The six campaign stages with the current one highlighted and one button for the next step. A step
 * cannot be undone, so the button asks first; the server's reason is shown when it refuses.
 */
export function StageStepper({ stage, onAdvance, pending, error }: StageStepperProps) {
  const { t } = useTranslation('campaigns');
  const [confirming, { open, close }] = useDisclosure(false);
  const next = nextStage(stage);
  const current = stageIndex(stage);
  const remaining =
    error instanceof ApiError && typeof error.problem.remaining === 'number'
      ? error.problem.remaining
      : null;

  return (
    <Stack gap="sm">
      <Stepper
        active={stage === 'PUBLISHED' ? STAGES.length : current}
        size="sm"
        allowNextStepsSelect={false}
        aria-label={t('stages.label')}
      >
        {STAGES.map((item, index) => (
          <Stepper.Step
            key={item}
            label={t(`stages.${item}`)}
            description={index === current ? t('stages.current') : undefined}
            aria-current={index === current ? 'step' : undefined}
          />
        ))}
      </Stepper>
      <Text size="sm" c="dimmed">
        {t(`stageHints.${stage}`)}
      </Text>
      {next && (
        <Group>
          <Button
            leftSection={<IconPlayerTrackNext size={16} aria-hidden />}
            onClick={open}
            loading={pending}
            color={next === 'PUBLISHED' ? 'green' : undefined}
          >
            {t(`transitions.${next}`)}
          </Button>
        </Group>
      )}
      {error !== null && error !== undefined && (
        <Alert
          color="red"
          role="alert"
          title={
            (error instanceof ApiError ? error.problem.title : undefined) ??
            t('dashboard.transitionRefused')
          }
        >
          {errorMessage(error)}
          {remaining !== null && (
            <Text size="sm" mt={4}>
              {t('dashboard.remaining', { count: remaining })}
            </Text>
          )}
        </Alert>
      )}
      <Modal opened={confirming} onClose={close} title={next ? t(`transitions.${next}`) : ''}>
        {next && (
          <Stack>
            <Text>{t('dashboard.confirmTransition', { stage: t(`stages.${next}`) })}</Text>
            <Text size="sm" c="dimmed">
              {t(`stageHints.${next}`)}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('actions.cancel')}
              </Button>
              <Button
                onClick={() => {
                  close();
                  onAdvance(next);
                }}
              >
                {t('actions.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
