import { GraphRequestError } from '../../src/graph/client';
import { SendRefusedError, explainFailure } from './daily-failure';
import { ReadStepError } from './read-day';

const graphError = (status: number) => new GraphRequestError(status, 'x', 'refused.', null, null);

describe('one line naming what to fix', () => {
  it.each([
    [new ReadStepError('directory', graphError(403)), /User\.Read\.All/],
    [new ReadStepError('callbacks', graphError(403)), /Sites\.Selected met schrijfrecht/],
    [new ReadStepError('records', graphError(404)), /npm run provision/],
    [new SendRefusedError(graphError(403), 'kcp@example.nl'), /Mail\.Send, beperkt tot de postbus/],
    [
      new SendRefusedError(graphError(404), 'kcp@example.nl'),
      /BRK_FRONT_OFFICE_MAILBOX \(kcp@example\.nl\) is geen postbus/,
    ],
    [
      Object.assign(new Error('the certificate does not load'), { name: 'AppSignInError' }),
      /Aanmelden als de app lukte niet: the certificate/,
    ],
  ])('%s', (error, expected) => {
    const line = explainFailure(error);
    expect(line).toMatch(expected);
    expect(line).not.toContain('\n');
  });
});
