import type { AppConfig } from '../config/app-config';
import type { AuthSession } from './auth/auth-session';
import type { HostContext } from './host/host-context';

/** What every page receives from the shell. The Graph client comes from useGraphClient(). */
export type PageProps = {
  session: AuthSession;
  host: HostContext;
  config: AppConfig;
};
