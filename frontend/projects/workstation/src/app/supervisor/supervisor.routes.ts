import { Routes } from '@angular/router';
import { ConversationTranscript } from './conversation-transcript';
import { RecordingsLibrary } from './recordings/recordings-library';
import { SupervisorDashboard } from './supervisor-dashboard';

export default [
  { path: '', title: 'Supervisor dashboard · Parley', component: SupervisorDashboard },
  { path: 'recordings', title: 'Recordings · Parley', component: RecordingsLibrary },
  {
    path: 'conversations/:id',
    title: 'Conversation · Parley',
    component: ConversationTranscript,
  },
] satisfies Routes;
