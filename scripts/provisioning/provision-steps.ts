// What provisioning did, step by step, and how a step reads in its report.

export type ProvisionOutcome =
  'created' | 'alreadyThere' | 'updated' | 'leftAlone' | 'manualStepNeeded' | 'failed';

/** One thing provisioning looked at, and what it did. */
export type ProvisionStep = {
  list: string;
  subject: 'list' | 'column' | 'permission';
  name: string;
  outcome: ProvisionOutcome;
  detail?: string;
};

const outcomeText: Readonly<Record<ProvisionStep['outcome'], string>> = {
  created: 'created',
  alreadyThere: 'already there',
  updated: 'updated',
  leftAlone: 'left alone',
  manualStepNeeded: 'MANUAL STEP NEEDED',
  failed: 'FAILED',
};

/** One line per step, e.g. `BereikbaarTeams · column LeaderUpn: created`. */
export function describeStep(step: ProvisionStep): string {
  const subject = step.subject === 'list' ? 'list' : `${step.subject} ${step.name}`;
  const detail = step.detail === undefined ? '' : ` (${step.detail})`;
  return `${step.list} · ${subject}: ${outcomeText[step.outcome]}${detail}`;
}
