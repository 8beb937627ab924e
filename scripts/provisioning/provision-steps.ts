// What provisioning did, step by step, and how a step reads in its report.

export type ProvisionOutcome =
  'created' | 'alreadyThere' | 'updated' | 'removed' | 'leftAlone' | 'manualStepNeeded' | 'failed';

/** One thing provisioning looked at, and what it did. */
export type ProvisionStep = {
  list: string;
  subject: 'list' | 'column' | 'versioning' | 'permissionLevel' | 'permission';
  name: string;
  outcome: ProvisionOutcome;
  detail?: string;
};

const outcomeText: Readonly<Record<ProvisionStep['outcome'], string>> = {
  created: 'created',
  alreadyThere: 'already there',
  updated: 'updated',
  removed: 'removed',
  leftAlone: 'left alone',
  manualStepNeeded: 'MANUAL STEP NEEDED',
  failed: 'FAILED',
};

/** Whether a step changed something in the tenant (what the run's summary counts). */
export function isChange(step: ProvisionStep): boolean {
  return step.outcome === 'created' || step.outcome === 'updated' || step.outcome === 'removed';
}

/** Whether a step needs someone's attention before the tenant is as the schema says. */
export function isUnfinished(step: ProvisionStep): boolean {
  return step.outcome === 'failed' || step.outcome === 'manualStepNeeded';
}

/** One line per step, e.g. `BereikbaarTeams · column LeaderUpn: created`. */
export function describeStep(step: ProvisionStep): string {
  const subject =
    step.subject === 'list' || step.subject === 'versioning'
      ? step.subject
      : `${step.subject === 'permissionLevel' ? 'permission level' : step.subject} ${step.name}`;
  const detail = step.detail === undefined ? '' : ` (${step.detail})`;
  return `${step.list} · ${subject}: ${outcomeText[step.outcome]}${detail}`;
}
