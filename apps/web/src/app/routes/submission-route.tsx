import type { EventDto } from '@hackboard/contracts';
import { useCatalogue } from '../../features/challenges/api/get-catalogue';
import { EventScope } from '../../features/events/components/event-scope';
import { SubmissionEditorPage } from '../../features/submissions/components/submission-editor-page';

function Editor({ event }: { event: EventDto }) {
  const catalogue = useCatalogue(event.slug);
  return <SubmissionEditorPage event={event} catalogue={catalogue} />;
}

/** `/events/:slug/team/submissions/:submissionId` */
export function SubmissionRoute() {
  return <EventScope>{(event) => <Editor event={event} />}</EventScope>;
}
