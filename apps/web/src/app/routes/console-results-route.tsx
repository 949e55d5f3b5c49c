import { ResultsControlPage } from '../../features/judging/components/results-control-page';
import { useConsoleEvent } from '../../lib/console-event';

/** `/events/:slug/organize/results` */
export function ConsoleResultsRoute() {
  return <ResultsControlPage event={useConsoleEvent()} />;
}
