// Sets up a scenario in the demo tenant through Graph's own write endpoints, as a script could on a real
// tenant: users, manager, working hours, events, presence and list items. Tokens come from the emulator.

export type ScenarioPerson = { id: string; upn: string; displayName: string };

const domain = 'lindeburg.example';

export class Scenario {
  constructor(private readonly emulatorUrl: string) {}

  async token(upn: string, scopes: readonly string[]): Promise<string> {
    const response = await fetch(
      `${this.emulatorUrl}/_emulator/token?persona=${encodeURIComponent(upn)}&scope=${encodeURIComponent(scopes.join(' '))}`,
    );
    if (!response.ok)
      throw new Error(`token for ${upn}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { access_token: string }).access_token;
  }

  async graph<T = unknown>(
    token: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const response = await fetch(`${this.emulatorUrl}/v1.0${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  /** A colleague who works every day around the clock, so the test does not depend on when it runs. */
  async createColleague(options: {
    givenName: string;
    surname: string;
    jobTitle: string;
    managerUpn: string;
    presence?: { availability: string; activity: string };
  }): Promise<ScenarioPerson> {
    // Creating users takes User.ReadWrite.All, which the demo tenant gives its administrator persona only.
    const admin = await this.token(`beheerder@${domain}`, ['User.ReadWrite.All']);
    const nickname = `${options.givenName}.${options.surname}`
      .toLowerCase()
      .replace(/[^a-z.]/g, '');
    const upn = `${nickname}@${domain}`;
    const displayName = `${options.givenName} ${options.surname}`;
    const created = await this.graph<{ id: string }>(admin, 'POST', '/users', {
      accountEnabled: true,
      displayName,
      givenName: options.givenName,
      surname: options.surname,
      mailNickname: nickname,
      userPrincipalName: upn,
      mail: upn,
      jobTitle: options.jobTitle,
      department: 'Dienstverlening',
      businessPhones: ['+31 35 528 1234'],
      passwordProfile: { forceChangePasswordNextSignIn: true, password: 'Demo-only-1!' },
    });
    const manager = await this.graph<{ id: string }>(
      admin,
      'GET',
      `/users/${options.managerUpn}?$select=id`,
    );
    await this.graph(admin, 'PUT', `/users/${created.id}/manager/$ref`, {
      '@odata.id': `${this.emulatorUrl}/v1.0/users/${manager.id}`,
    });

    // Like Microsoft 365: the mailbox and Teams presence come with a license.
    await this.graph(admin, 'POST', `/users/${created.id}/assignLicense`, {
      addLicenses: [{ skuId: '06ebc4ee-1bb5-47dd-8120-11324bc54e06', disabledPlans: [] }],
      removeLicenses: [],
    });
    const own = await this.token(upn, [
      'MailboxSettings.ReadWrite',
      'Calendars.ReadWrite',
      'Presence.ReadWrite',
    ]);
    await this.graph(own, 'PATCH', '/me/mailboxSettings', {
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
        startTime: '00:00:00.0000000',
        endTime: '23:59:00.0000000',
        timeZone: { name: 'W. Europe Standard Time' },
      },
    });
    const presence = options.presence ?? { availability: 'Available', activity: 'Available' };
    await this.graph(own, 'POST', `/users/${created.id}/presence/setPresence`, {
      sessionId: '22553876-f5ab-4529-bffb-cfe50aa89f87',
      availability: presence.availability,
      activity: presence.activity,
      expirationDuration: 'PT1H',
    });
    return { id: created.id, upn, displayName };
  }

  async addEvent(
    person: ScenarioPerson,
    event: { subject: string; start: Date; end: Date; showAs: 'busy' | 'tentative' | 'oof' },
  ): Promise<void> {
    const own = await this.token(person.upn, ['Calendars.ReadWrite']);
    const utc = (d: Date) => ({ dateTime: d.toISOString().replace('Z', ''), timeZone: 'UTC' });
    await this.graph(own, 'POST', '/me/events', {
      subject: event.subject,
      start: utc(event.start),
      end: utc(event.end),
      showAs: event.showAs,
    });
  }

  /** A team leader registers an absence: the front-office record and, separately, its kind. */
  async registerAbsence(options: {
    leaderUpn: string;
    person: ScenarioPerson;
    from: Date;
    until: Date | null;
    callsSubstitute?: ScenarioPerson;
    callbacksSubstitute?: ScenarioPerson;
    note?: string;
    kind: 'sick' | 'leave' | 'specialLeave' | 'training' | 'other';
  }): Promise<void> {
    const leader = await this.token(options.leaderUpn, ['Sites.ReadWrite.All']);
    const site = 'lindeburg.sharepoint.com:/sites/bereikbaar:';
    const absence = await this.graph<{ id: string }>(
      leader,
      'POST',
      `/sites/${site}/lists/BereikbaarAfwezigheden/items`,
      {
        fields: {
          Title: options.person.displayName,
          PersonId: options.person.id,
          StartsAt: options.from.toISOString(),
          ...(options.until === null ? {} : { ExpectedUntil: options.until.toISOString() }),
          ...(options.callsSubstitute ? { CallsSubstituteId: options.callsSubstitute.id } : {}),
          ...(options.callbacksSubstitute
            ? { CallbacksSubstituteId: options.callbacksSubstitute.id }
            : {}),
          ...(options.note ? { NoteForFrontOffice: options.note } : {}),
          State: 'open',
        },
      },
    );
    // The kind goes to the reasons list of the leader's own team, the only one they may write.
    const reasons = await this.reasonsListOf(leader, options.leaderUpn);
    await this.graph(leader, 'POST', `/sites/${site}/lists/${reasons}/items`, {
      fields: { Title: options.person.displayName, AbsenceId: absence.id, Kind: options.kind },
    });
  }

  /** The name of the reasons list of the team `leaderUpn` leads (`token` may read the teams list). */
  async reasonsListOf(token: string, leaderUpn: string): Promise<string> {
    const site = 'lindeburg.sharepoint.com:/sites/bereikbaar:';
    const teams = await this.graph<{ value: { id: string; fields: { LeaderUpn?: string } }[] }>(
      token,
      'GET',
      `/sites/${site}/lists/BereikbaarTeams/items?$expand=fields($select=LeaderUpn)&$top=999`,
    );
    const team = teams.value.find((item) => item.fields.LeaderUpn === leaderUpn);
    if (team === undefined) throw new Error(`${leaderUpn} leads no team in the demo tenant.`);
    return `BereikbaarRedenenTeam${team.id}`;
  }
}
