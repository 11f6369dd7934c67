import { Routes } from '@angular/router';
import { ConversationTranscript } from './conversation-transcript';
import { SupervisorDashboard } from './supervisor-dashboard';

export default [
  { path: '', title: 'Supervisor dashboard · Parley', component: SupervisorDashboard },
  {
    path: 'conversations/:id',
    title: 'Conversation · Parley',
    component: ConversationTranscript,
  },
] satisfies Routes;
