import { createBrowserRouter } from 'react-router';
import { EventsPage } from '../features/events/components/events-page';
import { NotFoundPage } from './not-found-page';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

// Pages beyond the landing page load on demand, so the first visit downloads little.
export const router = createBrowserRouter([
  {
    Component: RootLayout,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: EventsPage },
          {
            path: 'events/:slug',
            lazy: async () => ({ Component: (await import('../features/events/components/event-page')).EventPage }),
          },
          {
            path: 'accessibility',
            lazy: async () => ({
              Component: (await import('../features/accessibility/accessibility-statement-page'))
                .AccessibilityStatementPage,
            }),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
