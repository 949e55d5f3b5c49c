import { createBrowserRouter, Navigate } from 'react-router';
import { EventsPage } from '../features/events/components/events-page';
import { page } from './lazy-page';
import { adminRoutes, mailLinkRoutes } from './mail-routes';
import { NotFoundPage } from './not-found-page';
import { RequireSession } from './require-session';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

// Pages beyond the landing page load on demand, so the first visit downloads little. Each role
// area is a chunk of its own: public event pages, the participant's team and submission pages,
// the challenge owner's pages, the organizer console and the account pages, with their strings.
export const router = createBrowserRouter([
  {
    // For a projector: no site header or footer around the leaderboard.
    path: 'events/:slug/big-screen',
    ErrorBoundary: RouteError,
    ...page(
      () => import('./routes/big-screen-route'),
      (m) => m.BigScreenRoute,
      'results',
    ),
  },
  {
    Component: RootLayout,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: EventsPage },
          {
            path: 'events/:slug',
            ...page(
              () => import('./routes/event-route'),
              (m) => m.EventRoute,
              'event',
              'jury',
              'results',
              'eventday',
            ),
          },
          {
            path: 'events/:slug/challenges/:challengeId',
            ...page(
              () => import('./routes/challenge-route'),
              (m) => m.ChallengeRoute,
              'event',
            ),
          },
          {
            path: 'datasets/:datasetId',
            ...page(
              () => import('../features/open-data/components/dataset-page'),
              (m) => m.DatasetPage,
              'event',
            ),
          },
          {
            path: 'organizations/:organizationId',
            ...page(
              () => import('../features/open-data/components/organization-page'),
              (m) => m.OrganizationPage,
              'event',
            ),
          },
          {
            path: 'events/:slug/gallery',
            ...page(
              () => import('./routes/gallery-route'),
              (m) => m.GalleryRoute,
              'event',
              'results',
            ),
          },
          {
            path: 'events/:slug/results',
            ...page(
              () => import('./routes/results-route'),
              (m) => m.ResultsRoute,
              'results',
              'event',
            ),
          },
          {
            path: 'events/:slug/agenda',
            ...page(
              () => import('./routes/agenda-route'),
              (m) => m.AgendaRoute,
              'eventday',
            ),
          },
          {
            // Visitors are shown the way in from these pages themselves, with the invite code kept.
            path: 'events/:slug/team',
            ...page(
              () => import('./routes/team-route'),
              (m) => m.TeamRoute,
              'manage',
              'event',
            ),
          },
          {
            path: 'events/:slug/finder',
            ...page(
              () => import('./routes/finder-route'),
              (m) => m.FinderRoute,
              'finder',
              'manage',
              'event',
            ),
          },
          {
            path: 'events/:slug/join/:code',
            ...page(
              () => import('./routes/team-route'),
              (m) => m.TeamRoute,
              'manage',
              'event',
            ),
          },
          {
            path: 'invitations/:token',
            ...page(
              () => import('./routes/invitation-route'),
              (m) => m.InvitationRoute,
              'manage',
              'event',
            ),
          },
          {
            path: 'sign-in',
            ...page(
              () => import('../features/account/components/sign-in-page'),
              (m) => m.SignInPage,
              'manage',
              'mail',
            ),
          },
          {
            path: 'sign-in/problem',
            ...page(
              () => import('../features/sso/components/sign-in-problem-page'),
              (m) => m.SignInProblemPage,
              'manage',
            ),
          },
          {
            path: 'register',
            ...page(
              () => import('../features/account/components/register-page'),
              (m) => m.RegisterPage,
              'manage',
              'mail',
            ),
          },
          ...mailLinkRoutes,
          {
            path: 'accessibility',
            ...page(
              () => import('../features/accessibility/accessibility-statement-page'),
              (m) => m.AccessibilityStatementPage,
            ),
          },
          {
            Component: RequireSession,
            children: [
              {
                path: 'my-events',
                ...page(
                  () => import('../features/account/components/my-events-page'),
                  (m) => m.MyEventsPage,
                  'manage',
                  'jury',
                ),
              },
              {
                path: 'account',
                ...page(
                  () => import('../features/account/components/account-page'),
                  (m) => m.AccountPage,
                  'manage',
                  'mail',
                ),
              },
              // The account page took the profile's place; old bookmarks still arrive.
              { path: 'profile', element: <Navigate to="/account" replace /> },
              ...adminRoutes,
              {
                path: 'events/new',
                ...page(
                  () => import('../features/events/components/organize/create-event-page'),
                  (m) => m.CreateEventPage,
                  'manage',
                ),
              },
              {
                path: 'events/:slug/team/submissions/:submissionId',
                ...page(
                  () => import('./routes/submission-route'),
                  (m) => m.SubmissionRoute,
                  'manage',
                  'event',
                ),
              },
              {
                path: 'events/:slug/jury',
                ...page(
                  () => import('./routes/jury-queue-route'),
                  (m) => m.JuryQueueRoute,
                  'jury',
                  'manage',
                ),
              },
              {
                path: 'events/:slug/jury/rounds/:roundId/submissions/:submissionId',
                ...page(
                  () => import('./routes/jury-scoring-route'),
                  (m) => m.JuryScoringRoute,
                  'jury',
                  'manage',
                ),
              },
              {
                path: 'events/:slug/jury/rounds/:roundId/compare',
                ...page(
                  () => import('./routes/jury-compare-route'),
                  (m) => m.JuryCompareRoute,
                  'jury',
                  'manage',
                ),
              },
              {
                path: 'events/:slug/jury/conflicts',
                ...page(
                  () => import('./routes/jury-conflicts-route'),
                  (m) => m.JuryConflictsRoute,
                  'jury',
                  'manage',
                ),
              },
              {
                path: 'events/:slug/check-in',
                ...page(
                  () => import('./routes/check-in-route'),
                  (m) => m.CheckInRoute,
                  'eventday',
                ),
              },
              {
                path: 'events/:slug/mentoring',
                ...page(
                  () => import('./routes/mentoring-route'),
                  (m) => m.MentoringRoute,
                  'eventday',
                ),
              },
              {
                path: 'events/:slug/challenges/manage',
                ...page(
                  () => import('./routes/own-challenges-route'),
                  (m) => m.OwnChallengesRoute,
                  'manage',
                  'event',
                ),
              },
              {
                path: 'events/:slug/challenges/new',
                ...page(
                  () => import('./routes/challenge-editor-route'),
                  (m) => m.ChallengeEditorRoute,
                  'manage',
                  'event',
                ),
              },
              {
                path: 'events/:slug/challenges/:challengeId/edit',
                ...page(
                  () => import('./routes/challenge-editor-route'),
                  (m) => m.ChallengeEditorRoute,
                  'manage',
                  'event',
                ),
              },
              {
                path: 'events/:slug/organize',
                ...page(
                  () => import('../features/events/components/organize/organize-layout'),
                  (m) => m.OrganizeLayout,
                  'manage',
                  'event',
                  'judging',
                ),
                children: [
                  {
                    index: true,
                    ...page(
                      () => import('../features/events/components/organize/settings-page'),
                      (m) => m.SettingsPage,
                    ),
                  },
                  {
                    path: 'phase',
                    ...page(
                      () => import('../features/events/components/organize/phase-page'),
                      (m) => m.PhasePage,
                    ),
                  },
                  {
                    path: 'challenges',
                    ...page(
                      () => import('./routes/console-challenges-route'),
                      (m) => m.ConsoleChallengesRoute,
                    ),
                  },
                  {
                    path: 'teams',
                    ...page(
                      () => import('./routes/console-teams-route'),
                      (m) => m.ConsoleTeamsRoute,
                    ),
                  },
                  {
                    path: 'submissions',
                    ...page(
                      () => import('./routes/console-submissions-route'),
                      (m) => m.ConsoleSubmissionsRoute,
                    ),
                  },
                  {
                    path: 'announcements',
                    ...page(
                      () => import('./routes/console-announcements-route'),
                      (m) => m.ConsoleAnnouncementsRoute,
                    ),
                  },
                  {
                    path: 'messages',
                    ...page(
                      () => import('./routes/console-messages-route'),
                      (m) => m.ConsoleMessagesRoute,
                      'mail',
                    ),
                  },
                  {
                    path: 'invitations',
                    ...page(
                      () => import('./routes/console-invitations-route'),
                      (m) => m.ConsoleInvitationsRoute,
                    ),
                  },
                  {
                    path: 'members',
                    ...page(
                      () => import('../features/events/components/organize/members-page'),
                      (m) => m.MembersPage,
                    ),
                  },
                  {
                    path: 'audit',
                    ...page(
                      () => import('../features/events/components/organize/audit-page'),
                      (m) => m.AuditPage,
                    ),
                  },
                  {
                    path: 'criteria',
                    ...page(
                      () => import('./routes/console-criteria-route'),
                      (m) => m.ConsoleCriteriaRoute,
                      'judging',
                    ),
                  },
                  {
                    path: 'rounds',
                    ...page(
                      () => import('./routes/console-rounds-route'),
                      (m) => m.ConsoleRoundsRoute,
                      'judging',
                    ),
                  },
                  {
                    path: 'assignments',
                    ...page(
                      () => import('./routes/console-assignments-route'),
                      (m) => m.ConsoleAssignmentsRoute,
                      'judging',
                    ),
                  },
                  {
                    path: 'results',
                    ...page(
                      () => import('./routes/console-results-route'),
                      (m) => m.ConsoleResultsRoute,
                      'judging',
                    ),
                  },
                ],
              },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
