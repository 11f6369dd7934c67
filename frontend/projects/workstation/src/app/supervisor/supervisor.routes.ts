import { Routes } from '@angular/router';
import { ConversationTranscript } from './conversation-transcript';
import { RecordingsLibrary } from './recordings/recordings-library';
import { SupervisorArea } from './supervisor-area';
import { Wallboard } from './wallboard/wallboard';

/**
 * The supervisor area: its views are children of `SupervisorArea` (add a tab for a new one in
 * `SUPERVISOR_PANELS`), with the live wallboard at its home.
 */
export default [
  {
    path: '',
    component: SupervisorArea,
    children: [
      { path: '', title: 'Supervisor dashboard · Parley', component: Wallboard },
      { path: 'recordings', title: 'Recordings · Parley', component: RecordingsLibrary },
      {
        path: 'conversations/:id',
        title: 'Conversation · Parley',
        component: ConversationTranscript,
      },
    ],
  },
] satisfies Routes;
