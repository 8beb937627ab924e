// Creates Bereikbaar's SharePoint lists from the one list schema (schema/lists.ts) through Graph, and on a
// later run brings them in line: missing lists and columns are created, columns whose type settings, index or
// "required" differ are updated. Permissions and versioning follow through SharePoint's REST API
// (list-permissions.ts), which Graph cannot set. No column is ever deleted: an extra one is reported and left alone.
// A step that Graph refuses (an unexpected status, a timeout) does not stop the run: it is reported as failed with
// Graph's answer, the other steps go on, and a rerun does what is still missing (every step first looks at what is
// there), so provisioning resumes where it could not go on.
import type { ListSpec } from '../../schema/lists';
import { columnChanges, columnDefinitionFor } from './column-definitions';
import type { GraphColumn } from './column-definitions';
import type { ProvisionStep } from './provision-steps';
import { allPages } from './graph-caller';
import type { GraphCall } from './graph-caller';

export { columnChanges, columnDefinitionFor } from './column-definitions';

export type { ProvisionOutcome, ProvisionStep } from './provision-steps';
export { describeStep } from './provision-steps';

export type ProvisionOptions = {
  graph: GraphCall;
  /** The site below /v1.0, e.g. `/sites/contoso.sharepoint.com:/sites/bereikbaar:` (see siteSegment). */
  site: string;
  lists: readonly ListSpec[];
  /** Called for each step as it happens, so a long run shows progress. */
  report?: (step: ProvisionStep) => void;
};

type GraphList = { id: string; name?: string; displayName?: string; columns?: GraphColumn[] };

function sameName(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

/**
 * Provisions every list of `lists` in the site; returns (and reports) each step.
 * @example await provisionLists({ graph, site: '/sites/contoso.sharepoint.com:/sites/bereikbaar:', lists: allLists, groups })
 * // [{ list: 'BereikbaarTeams', subject: 'list', name: 'BereikbaarTeams', outcome: 'created' }, …]
 */
export async function provisionLists(options: ProvisionOptions): Promise<ProvisionStep[]> {
  const { graph, site, lists } = options;
  const steps: ProvisionStep[] = [];
  const record = (step: ProvisionStep) => {
    steps.push(step);
    options.report?.(step);
  };

  const existingLists = await allPages<GraphList>(graph, `${site}/lists?$expand=columns`);
  for (const spec of lists) {
    try {
      await provisionList(graph, site, spec, existingLists, record);
    } catch (error) {
      // The list could not be created or read: its columns and permissions wait for the next run.
      record({
        list: spec.name,
        subject: 'list',
        name: spec.name,
        outcome: 'failed',
        detail: `${failureText(error)}; its columns were not provisioned`,
      });
    }
  }
  return steps;
}

/** What went wrong, for the report: Graph's status, code and message when Graph answered. */
function failureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one step; a failure is recorded (with what was asked and Graph's answer) instead of ending the run.
 * @example await attempt(record, { list, subject: 'column', name: 'Status' }, () => graph('POST', …))
 */
async function attempt(
  record: (step: ProvisionStep) => void,
  step: Omit<ProvisionStep, 'outcome' | 'detail'>,
  action: () => Promise<void>,
): Promise<void> {
  try {
    await action();
  } catch (error) {
    record({ ...step, outcome: 'failed', detail: failureText(error) });
  }
}

async function provisionList(
  graph: GraphCall,
  site: string,
  spec: ListSpec,
  existingLists: readonly GraphList[],
  record: (step: ProvisionStep) => void,
): Promise<void> {
  {
    let listOutcome: 'created' | 'alreadyThere' = 'alreadyThere';
    let list = existingLists.find(
      (candidate) =>
        sameName(candidate.name, spec.name) ||
        sameName(candidate.displayName, spec.name) ||
        sameName(candidate.displayName, spec.displayName),
    );
    if (list === undefined) {
      // Created under its technical name: SharePoint derives the list's URL from the title it is created with,
      // and the app addresses lists by that name (schema `name`). Without Title: the genericList template brings
      // it ("Create a SharePoint list"), and a second one is refused; its settings are applied below.
      const created = await graph('POST', `${site}/lists`, {
        displayName: spec.name,
        description: spec.description,
        list: { template: 'genericList' },
        columns: spec.columns.filter((column) => column.name !== 'Title').map(columnDefinitionFor),
      });
      list = created.body as GraphList;
      listOutcome = 'created';
      record({ list: spec.name, subject: 'list', name: spec.name, outcome: 'created' });
      // The genericList template brings a Title column; the schema's Title settings (display name, index)
      // are applied below like those of any existing column.
    } else {
      record({ list: spec.name, subject: 'list', name: spec.name, outcome: 'alreadyThere' });
    }
    const listPath = `${site}/lists/${encodeURIComponent(list.id)}`;
    const columns = list.columns ?? (await allPages<GraphColumn>(graph, `${listPath}/columns`));
    for (const column of spec.columns) {
      const existing = columns.find((candidate) => candidate.name === column.name);
      await attempt(record, { list: spec.name, subject: 'column', name: column.name }, async () => {
        if (existing === undefined) {
          await graph('POST', `${listPath}/columns`, columnDefinitionFor(column));
          record({ list: spec.name, subject: 'column', name: column.name, outcome: 'created' });
          return;
        }
        const changes = columnChanges(existing, column);
        if (changes === null) {
          record({
            list: spec.name,
            subject: 'column',
            name: column.name,
            // Columns sent with a new list were created with it.
            outcome: listOutcome,
          });
          return;
        }
        if (existing.id === undefined) throw new Error(`Column ${column.name} has no id.`);
        await graph('PATCH', `${listPath}/columns/${encodeURIComponent(existing.id)}`, changes);
        record({
          list: spec.name,
          subject: 'column',
          name: column.name,
          outcome: 'updated',
          detail: Object.keys(changes).join(', '),
        });
      });
    }
    for (const extra of columns) {
      if (extra.name === undefined || spec.columns.some((column) => column.name === extra.name))
        continue;
      // Only columns someone added by hand are worth a line; SharePoint's own (Created, Author…) are read-only.
      if ((extra as { readOnly?: boolean }).readOnly === true || extra.name === 'Title') continue;
      record({
        list: spec.name,
        subject: 'column',
        name: extra.name,
        outcome: 'leftAlone',
        detail: 'not in the schema',
      });
    }
  }
}
