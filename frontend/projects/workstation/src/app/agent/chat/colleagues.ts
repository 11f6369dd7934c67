import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Cancel } from '@parley/shared';
import { ChatApi, Colleague } from '../../chat/chat-api';
import { Session } from '../../core/auth/session';
import { CLOCK } from '../../core/time/clock';
import { AgentDesk } from '../agent-desk';

/** How often the directory is read again while someone looks at it. */
export const DIRECTORY_REFRESH_MS = 15_000;

/**
 * The agent's colleagues with their live presence and skills (`GET /api/agent/directory`), for
 * the directory panel and the transfer and consult dialogs. Read again every 15 s and on every
 * presence frame while something watches it.
 */
@Injectable()
export class Colleagues {
  private readonly api = inject(ChatApi);
  private readonly clock = inject(CLOCK);
  private readonly session = inject(Session);
  private readonly list = signal<readonly Colleague[]>([]);
  private readonly failure = signal(false);
  private readonly answered = signal(false);
  private watchers = 0;
  private stopRefresh: Cancel | null = null;

  readonly all = this.list.asReadonly();
  readonly failed = this.failure.asReadonly();
  readonly loaded = this.answered.asReadonly();
  /** Everyone but the signed-in agent. */
  readonly others = computed(() => {
    const me = this.session.user()?.username;
    return this.list().filter((colleague) => colleague.username !== me);
  });
  /** Every skill someone has, in alphabetical order. */
  readonly skills = computed(() =>
    [...new Set(this.list().flatMap((colleague) => colleague.skills))].sort((a, b) =>
      a.localeCompare(b),
    ),
  );

  constructor() {
    inject(AgentDesk).listen({
      frame: (frame) => {
        if (frame.type === 'presence' && this.watchers > 0) {
          this.refresh();
        }
      },
    });
    inject(DestroyRef).onDestroy(() => this.stopRefresh?.());
  }

  refresh(): void {
    this.api.directory().subscribe({
      next: (colleagues) => {
        this.list.set(colleagues);
        this.failure.set(false);
        this.answered.set(true);
      },
      error: () => {
        this.failure.set(true);
        this.answered.set(true);
      },
    });
  }

  /** Reads the directory now and keeps it fresh until the returned function is called. */
  watch(): Cancel {
    this.watchers++;
    this.refresh();
    this.stopRefresh ??= this.clock.repeat(DIRECTORY_REFRESH_MS, () => this.refresh());
    let stopped = false;
    return () => {
      if (!stopped) {
        stopped = true;
        this.watchers--;
        if (this.watchers === 0) {
          this.stopRefresh?.();
          this.stopRefresh = null;
        }
      }
    };
  }
}
