// `npm run bench`, issue 14's "Speed and scale": a year of contacts and callback requests in the monitor, and logging
// an outcome on the agent screen. Both need the production build (dist/) made for the emulator port `port`.
import { benchYearOfContacts } from './contacts-bench';
import { benchOutcomes } from './outcome-bench';
import type { Printer } from './outcome-bench';

export async function benchSpeedAndScale(port: number, table: Printer): Promise<void> {
  console.log(
    '   A year of a mid-size municipality in the monitor (60,000 contacts, 20,000 callback requests)',
  );
  await benchYearOfContacts(port, table);
  console.log('\n   Logging an outcome on the agent screen (Alt+Shift+1, 2, 4 and 0)');
  await benchOutcomes(port, table);
}
