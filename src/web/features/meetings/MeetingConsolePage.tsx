/**
 * /cuoc-hop/:id — the console of a unit review meeting, kept in step with the other consoles, the
 * members' phones and the room screen by asking for the meeting every 3 seconds.
 */
import { useParams } from 'react-router';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useMeeting } from './api.js';
import { CONSOLE_POLL_MS } from './console/format.js';
import { MeetingConsole } from './console/MeetingConsole.js';

export function MeetingConsolePage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id, CONSOLE_POLL_MS);
  // A failed refresh keeps what is on screen; only a failed first load shows the error.
  if (meeting.error && !meeting.data) {
    return (
      <>
        <PageHeader title="Cuộc họp" />
        <QueryError error={meeting.error} onRetry={() => meeting.refetch()} />
      </>
    );
  }
  if (!meeting.data) return <LoadingBlock />;
  return <MeetingConsole meeting={meeting.data} />;
}
