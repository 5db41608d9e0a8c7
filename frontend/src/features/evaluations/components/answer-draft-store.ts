import { ApiError } from '@/lib/problem';

import type { Answer, Evaluation, SaveAnswersBody } from '../api/schema';

import {
  type AnswerDraft,
  belowMaximum,
  type DraftErrors,
  type DraftField,
  draftOf,
  inputOf,
  validateDraft,
} from './answer-draft';

/**
 * Where autosave stands:
 * - idle: nothing typed since the evaluation was loaded;
 * - pending: changes wait for the pause in typing;
 * - saving: a save is on its way (changes typed meanwhile wait for the next one);
 * - saved: the server has everything that was typed (at `savedAt`);
 * - invalid: some changes are held back until the marked fields are fixed;
 * - error: the last save failed (`message`); the next change or retry() tries again;
 * - stale: someone else saved the evaluation first; nothing is sent until reload();
 * - locked: the evaluation can no longer be edited (submitted, or the campaign moved on).
 */
export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: Date }
  | { kind: 'invalid' }
  | { kind: 'error'; message: string }
  | { kind: 'stale' }
  | { kind: 'locked'; message: string };

export type DraftSnapshot = {
  evaluation: Evaluation;
  drafts: Record<string, AnswerDraft>;
  status: AutosaveStatus;
  /** Messages from the server per criterion and field (a rejected value, a malformed URL…). */
  serverErrors: Record<string, DraftErrors>;
  /** Whether anything typed has not reached the server yet. */
  unsaved: boolean;
};

export type SaveAnswers = (body: SaveAnswersBody) => Promise<Evaluation>;

export type DraftStoreOptions = {
  /** The pause in typing after which changes are saved. */
  delayMs?: number;
  errorMessage?: (error: unknown) => string;
};

const FIELD_PATTERN = /^answers\[(\d+)\]\.(\w+)$/;

/**
 * The expert's typed answers and their autosave. Typed input is kept locally and is never replaced by
 * server data while it is unsaved: a save sends the changed criteria with the version it knows; its
 * answer replaces only criteria that were not changed again while it was on its way. A stale version
 * stops saving (the typed input stays) until reload() brings the newer version, then the kept changes
 * are saved on top of it.
 */
export class AnswerDraftStore {
  private snapshot: DraftSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly edits = new Map<string, number>();
  private readonly dirty = new Set<string>();
  private readonly touchedRecommendation = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private version: number;
  private readonly delayMs: number;
  private recommendations = new Map<string, string>();

  constructor(
    evaluation: Evaluation,
    private readonly save: SaveAnswers,
    private readonly options: DraftStoreOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 800;
    this.version = evaluation.version;
    this.snapshot = {
      evaluation,
      drafts: Object.fromEntries(evaluation.answers.map((a) => [a.criterionId, draftOf(a)])),
      status: { kind: 'idle' },
      serverErrors: {},
      unsaved: false,
    };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = () => this.snapshot;

  private publish(patch: Partial<DraftSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch, unsaved: this.dirty.size > 0 };
    this.listeners.forEach((listener) => listener());
  }

  private answer(criterionId: string): Answer | undefined {
    return this.snapshot.evaluation.answers.find((a) => a.criterionId === criterionId);
  }

  /** Applies what the expert typed for one criterion and schedules a save. */
  update(criterionId: string, patch: Partial<AnswerDraft>) {
    const answer = this.answer(criterionId);
    const current = this.snapshot.drafts[criterionId];
    if (!answer || !current) return;
    let next = { ...current, ...patch };
    if ('recommendation' in patch) this.touchedRecommendation.add(criterionId);
    const prefill = this.recommendations.get(criterionId);
    if (
      prefill &&
      next.recommendation.trim() === '' &&
      !this.touchedRecommendation.has(criterionId) &&
      belowMaximum(answer, next)
    ) {
      next = { ...next, recommendation: prefill };
    }
    this.edits.set(criterionId, (this.edits.get(criterionId) ?? 0) + 1);
    this.dirty.add(criterionId);
    const serverErrors = { ...this.snapshot.serverErrors };
    if (serverErrors[criterionId]) {
      const remaining = { ...serverErrors[criterionId] };
      for (const field of Object.keys(patch) as DraftField[]) delete remaining[field];
      if (hasAny(remaining)) serverErrors[criterionId] = remaining;
      else delete serverErrors[criterionId];
    }
    const kind = this.snapshot.status.kind;
    const status: AutosaveStatus =
      kind === 'stale' || kind === 'locked' || kind === 'saving'
        ? this.snapshot.status
        : { kind: 'pending' };
    this.publish({
      drafts: { ...this.snapshot.drafts, [criterionId]: next },
      serverErrors,
      status,
    });
    this.schedule();
  }

  private schedule() {
    const kind = this.snapshot.status.kind;
    if (kind === 'stale' || kind === 'locked') return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.saveNow();
    }, this.delayMs);
  }

  /** The changed criteria that pass the browser's checks, in a stable order. */
  private sendable(): string[] {
    return this.snapshot.evaluation.answers
      .filter((answer) => this.dirty.has(answer.criterionId))
      .filter((answer) => {
        const errors = validateDraft(answer, this.snapshot.drafts[answer.criterionId]);
        return Object.keys(errors).length === 0;
      })
      .map((answer) => answer.criterionId);
  }

  private async saveNow(): Promise<void> {
    if (this.inFlight) {
      await this.inFlight;
      return this.saveNow();
    }
    const kind = this.snapshot.status.kind;
    if (kind === 'stale' || kind === 'locked') return;
    const ids = this.sendable();
    if (ids.length === 0) {
      if (this.dirty.size > 0) this.publish({ status: { kind: 'invalid' } });
      return;
    }
    const sent = new Map(ids.map((id) => [id, this.edits.get(id) ?? 0]));
    const body: SaveAnswersBody = {
      version: this.version,
      answers: ids.map((id) => inputOf(this.answer(id) as Answer, this.snapshot.drafts[id])),
    };
    this.publish({ status: { kind: 'saving' } });
    this.inFlight = this.save(body).then(
      (saved) => this.saved(saved, sent),
      (error: unknown) => this.failed(error, ids),
    );
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
    if (this.snapshot.status.kind === 'pending') this.schedule();
  }

  private saved(saved: Evaluation, sent: Map<string, number>) {
    for (const [id, edit] of sent) {
      if (this.edits.get(id) === edit) this.dirty.delete(id);
    }
    const serverErrors = { ...this.snapshot.serverErrors };
    for (const id of sent.keys()) delete serverErrors[id];
    this.version = saved.version;
    this.publish({
      evaluation: saved,
      drafts: this.merged(saved),
      serverErrors,
      status: this.dirty.size > 0 ? { kind: 'pending' } : { kind: 'saved', savedAt: new Date() },
    });
  }

  private failed(error: unknown, ids: string[]) {
    if (error instanceof ApiError && error.status === 409) {
      if (error.kind === 'stale-version') {
        this.publish({ status: { kind: 'stale' } });
      } else {
        this.publish({ status: { kind: 'locked', message: this.message(error) } });
      }
      return;
    }
    const serverErrors = { ...this.snapshot.serverErrors };
    if (error instanceof ApiError) {
      for (const violation of error.problem.violations ?? []) {
        const match = FIELD_PATTERN.exec(violation.field ?? '');
        const id = match ? ids[Number(match[1])] : undefined;
        if (id && match) {
          serverErrors[id] = {
            ...serverErrors[id],
            [match[2] as DraftField]: violation.message ?? '',
          };
        }
      }
    }
    this.publish({ serverErrors, status: { kind: 'error', message: this.message(error) } });
  }

  private message(error: unknown): string {
    if (this.options.errorMessage) return this.options.errorMessage(error);
    return error instanceof Error ? error.message : String(error);
  }

  /** Server answers for every criterion that holds no unsaved input; typed input stays as it is. */
  private merged(evaluation: Evaluation): Record<string, AnswerDraft> {
    const drafts: Record<string, AnswerDraft> = {};
    for (const answer of evaluation.answers) {
      const local = this.snapshot.drafts[answer.criterionId];
      drafts[answer.criterionId] =
        local && this.dirty.has(answer.criterionId) ? local : draftOf(answer);
    }
    return drafts;
  }

  /**
   * Takes a newer state of the evaluation read from the server (after a question of the sample changed,
   * or on reload after a stale version). Older states are ignored.
   */
  adopt(evaluation: Evaluation, { afterConflict = false } = {}) {
    if (evaluation.version < this.version) return;
    if (evaluation === this.snapshot.evaluation) return;
    this.version = evaluation.version;
    const kind = this.snapshot.status.kind;
    let status = this.snapshot.status;
    if (afterConflict && kind === 'stale') {
      status = this.dirty.size > 0 ? { kind: 'pending' } : { kind: 'idle' };
    }
    this.publish({ evaluation, drafts: this.merged(evaluation), status });
    if (afterConflict && this.dirty.size > 0) this.schedule();
  }

  /** Tries the failed save again. */
  retry() {
    if (this.snapshot.status.kind !== 'error' && this.snapshot.status.kind !== 'invalid') return;
    this.publish({ status: { kind: 'pending' } });
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    void this.saveNow();
  }

  /** Saves whatever is pending now; resolves to whether everything typed has reached the server. */
  async flush(): Promise<boolean> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.inFlight) await this.inFlight;
    const kind = this.snapshot.status.kind;
    if (kind === 'stale' || kind === 'locked') return false;
    if (this.dirty.size > 0) await this.saveNow();
    return this.dirty.size === 0;
  }

  /** How-to-fix texts by criterion id, to prefill a recommendation when a criterion drops below max. */
  setRecommendations(texts: Map<string, string>) {
    this.recommendations = texts;
  }

  /** The version the next request must carry. */
  currentVersion() {
    return this.version;
  }

  /** Marks the evaluation as no longer editable (after submit). */
  lock(evaluation: Evaluation) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.version = evaluation.version;
    this.publish({ evaluation, drafts: this.merged(evaluation) });
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.listeners.clear();
  }
}

function hasAny(errors: DraftErrors): boolean {
  return Object.keys(errors).length > 0;
}
