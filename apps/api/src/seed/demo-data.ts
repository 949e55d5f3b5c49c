/**
 * The demo open-data hackathon: a municipality and two national agencies post challenges on their
 * open data, a handful of teams submit, and there is an account for every role.
 */
export const DEMO_PASSWORD = 'hackboard-demo';

export const DEMO_ACCOUNTS = [
  { key: 'admin', email: 'admin@demo.hackboard.se', displayName: 'Alva Admin', isAdmin: true },
  { key: 'organizer', email: 'organizer@demo.hackboard.se', displayName: 'Olle Organisatör', isAdmin: false },
  { key: 'sodertalje', email: 'agency@demo.hackboard.se', displayName: 'Sara Södertälje', isAdmin: false },
  { key: 'trafikverket', email: 'trafikverket@demo.hackboard.se', displayName: 'Tore Trafikverket', isAdmin: false },
  { key: 'lantmateriet', email: 'lantmateriet@demo.hackboard.se', displayName: 'Lena Lantmäteriet', isAdmin: false },
  { key: 'jury1', email: 'jury@demo.hackboard.se', displayName: 'Jonna Jurist', isAdmin: false },
  { key: 'jury2', email: 'jury2@demo.hackboard.se', displayName: 'Jakob Jurymedlem', isAdmin: false },
  { key: 'participant', email: 'participant@demo.hackboard.se', displayName: 'Pia Deltagare', isAdmin: false },
  { key: 'p2', email: 'ali@demo.hackboard.se', displayName: 'Ali Hassan', isAdmin: false },
  { key: 'p3', email: 'emma@demo.hackboard.se', displayName: 'Emma Lind', isAdmin: false },
  { key: 'p4', email: 'noah@demo.hackboard.se', displayName: 'Noah Berg', isAdmin: false },
  { key: 'p5', email: 'maja@demo.hackboard.se', displayName: 'Maja Ek', isAdmin: false },
  { key: 'p6', email: 'omar@demo.hackboard.se', displayName: 'Omar Said', isAdmin: false },
] as const;
export type DemoAccountKey = (typeof DEMO_ACCOUNTS)[number]['key'];

export const DEMO_ORGANIZATIONS = [
  { key: 'sodertalje', name: 'Södertälje kommun', kind: 'municipality', website: 'https://www.sodertalje.se' },
  { key: 'trafikverket', name: 'Trafikverket', kind: 'national-agency', website: 'https://www.trafikverket.se' },
  { key: 'lantmateriet', name: 'Lantmäteriet', kind: 'national-agency', website: 'https://www.lantmateriet.se' },
] as const;
export type DemoOrganizationKey = (typeof DEMO_ORGANIZATIONS)[number]['key'];

export const DEMO_CHALLENGES: {
  key: string;
  organization: DemoOrganizationKey;
  title: string;
  description: string;
  prizes: string;
  contactName: string;
  contactEmail: string;
  datasets: { title: string; url: string; format: string; licence: string }[];
}[] = [
  {
    key: 'school-routes',
    organization: 'sodertalje',
    title: 'Safer routes to school',
    description:
      'Help children in Södertälje walk and cycle to school safely.\n\nCombine the municipality’s school locations with traffic counts and accident data to suggest **safer routes** and places where the street needs a change.',
    prizes: 'SEK 20,000 and a pilot with the municipality’s traffic planners.',
    contactName: 'Sara Södertälje',
    contactEmail: 'agency@demo.hackboard.se',
    datasets: [
      {
        title: 'Schools and preschools in Södertälje',
        url: 'https://www.sodertalje.se/oppna-data/skolor',
        format: 'GeoJSON',
        licence: 'CC0 1.0',
      },
      {
        title: 'Traffic flow measurements',
        url: 'https://www.sodertalje.se/oppna-data/trafikfloden',
        format: 'CSV',
        licence: 'CC0 1.0',
      },
    ],
  },
  {
    key: 'rail-delays',
    organization: 'trafikverket',
    title: 'Predict and explain train delays',
    description:
      'Trafikverket publishes train positions and announcements in real time.\n\nBuild a service that helps travellers **understand and plan around delays** on the Södertälje–Stockholm line.',
    prizes: 'SEK 15,000 and a presentation for Trafikverket’s open data team.',
    contactName: 'Tore Trafikverket',
    contactEmail: 'trafikverket@demo.hackboard.se',
    datasets: [
      {
        title: 'Train announcements (Trafikverket open API)',
        url: 'https://api.trafikinfo.trafikverket.se/',
        format: 'JSON',
        licence: 'CC0 1.0',
      },
      {
        title: 'Road and rail network (NVDB)',
        url: 'https://www.trafikverket.se/tjanster/data/nvdb/',
        format: 'GeoPackage',
        licence: 'CC0 1.0',
      },
    ],
  },
  {
    key: 'green-spaces',
    organization: 'lantmateriet',
    title: 'Who lives near green space?',
    description:
      'Use Lantmäteriet’s open maps to show how far people live from parks and nature, and where new green space would help most.',
    prizes: 'SEK 15,000.',
    contactName: 'Lena Lantmäteriet',
    contactEmail: 'lantmateriet@demo.hackboard.se',
    datasets: [
      {
        title: 'Topographic map 1:50 000 (Topografi 50)',
        url: 'https://www.lantmateriet.se/sv/geodata/vara-produkter/oppna-data/',
        format: 'GeoPackage',
        licence: 'CC0 1.0',
      },
      {
        title: 'Elevation model (GSD-Höjddata)',
        url: 'https://www.lantmateriet.se/sv/geodata/vara-produkter/produktlista/markhojdmodell-nedladdning/',
        format: 'GeoTIFF',
        licence: 'CC0 1.0',
      },
    ],
  },
];

export const DEMO_TEAMS: {
  name: string;
  members: DemoAccountKey[];
  submission: {
    challenge: string;
    title: string;
    summary: string;
    repositoryUrl: string;
    submitted: boolean;
    datasets: number[];
  } | null;
}[] = [
  {
    name: 'Skolvägen',
    members: ['participant', 'p2'],
    submission: {
      challenge: 'school-routes',
      title: 'Trygga skolvägen',
      summary:
        'A map that scores every route to school by traffic, crossings and lighting, and shows parents the safest one.',
      repositoryUrl: 'https://example.org/skolvagen/trygga-skolvagen',
      submitted: true,
      datasets: [0, 1],
    },
  },
  {
    name: 'Signalfel',
    members: ['p3', 'p4'],
    submission: {
      challenge: 'rail-delays',
      title: 'Försenad? Förklarad.',
      summary: 'Explains each delay in plain language and suggests the best alternative departure.',
      repositoryUrl: 'https://example.org/signalfel/forklarad',
      submitted: true,
      datasets: [0],
    },
  },
  {
    name: 'Gröna kartan',
    members: ['p5', 'p6'],
    submission: {
      challenge: 'green-spaces',
      title: 'Grönt avstånd',
      summary: 'Walking distance to the nearest green space for every address, as an open map layer.',
      repositoryUrl: 'https://example.org/grona-kartan/gront-avstand',
      submitted: false,
      datasets: [0],
    },
  },
];

/** The event rubric: weights and a 1–10 scale, as a jury would use them. */
export const DEMO_CRITERIA = [
  {
    key: 'impact',
    name: 'Impact',
    description: 'How much the solution helps the people the challenge is about.',
    weight: 3,
  },
  {
    key: 'open-data',
    name: 'Use of open data',
    description: 'How well it uses and combines the challenge owners’ data sets.',
    weight: 2,
  },
  {
    key: 'execution',
    name: 'Execution',
    description: 'Does it work, and is it clear how to take it further?',
    weight: 1,
  },
];

/** Scores already given, so the leaderboard has something to show: one juror finished, one halfway. */
export const DEMO_SCORES: { juror: DemoAccountKey; team: string; values: Record<string, number> }[] = [
  { juror: 'jury1', team: 'Skolvägen', values: { impact: 8, 'open-data': 9, execution: 7 } },
  { juror: 'jury1', team: 'Signalfel', values: { impact: 7, 'open-data': 6, execution: 8 } },
  { juror: 'jury2', team: 'Skolvägen', values: { impact: 9, 'open-data': 7 } },
];
