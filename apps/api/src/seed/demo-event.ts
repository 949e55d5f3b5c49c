const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo open-data hackathon seeded into an empty embedded database. Its timeline is placed
 * around the moment of seeding so a fresh start shows an event in the middle of hacking.
 */
export function demoEvent(now: Date) {
  const HOUR = 60 * 60 * 1000;
  const wholeHour = Math.floor(now.getTime() / HOUR) * HOUR;
  const at = (days: number) => new Date(wholeHour + days * DAY);
  return {
    slug: 'open-data-hack-2026',
    name: 'Open Data Hack Södertälje 2026',
    tagline: 'Build services on the open data of Södertälje and Sweden’s national agencies.',
    description: [
      'A weekend hackathon on **open data** from Södertälje municipality, Trafikverket and Lantmäteriet.',
      '',
      'Teams of up to five pick a challenge, use at least one of the challenge owners’ data sets,',
      'and present a working prototype to the jury. All results are published as open data.',
    ].join('\n'),
    timezone: 'Europe/Stockholm',
    registrationOpensAt: at(-14),
    hackingStartsAt: at(-1),
    submissionDeadline: at(1),
    judgingEndsAt: at(3),
    resultsPublishedAt: null,
    maxTeamSize: 5,
    judgingMode: 'rubric' as const,
    leaderboardVisibility: 'live' as const,
    audienceVote: true,
    isPublic: true,
  };
}
