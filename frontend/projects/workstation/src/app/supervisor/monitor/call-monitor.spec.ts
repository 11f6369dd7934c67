import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { FakeClock, FakeWebSocket, fakeWebSocketFactory } from '@parley/shared/testing';
import { FakeMesh, fakeLocalStream, fakeMeshes } from '../../agent/call/call-fakes';
import { CALL_MESH_FACTORY } from '../../agent/call/call-mesh';
import { MEDIA_DEVICES } from '../../agent/call/local-media';
import { WEB_SOCKET_FACTORY } from '../../core/realtime/web-socket';
import { CLOCK } from '../../core/time/clock';
import { board, call, snapshot } from '../wallboard/board-fixtures';
import { Wallboard } from '../wallboard/wallboard';

describe('Monitoring a live call from the wallboard', () => {
  let fixture: ComponentFixture<Wallboard>;
  let sockets: FakeWebSocket[];
  let meshes: FakeMesh[];
  let micAllowed: boolean;
  const mic = fakeLocalStream(false).asMediaStream();

  beforeEach(async () => {
    const fake = fakeWebSocketFactory();
    sockets = fake.sockets;
    const mesh = fakeMeshes();
    meshes = mesh.meshes;
    micAllowed = true;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: CLOCK, useValue: new FakeClock('2026-11-23T09:59:58Z') },
        { provide: WEB_SOCKET_FACTORY, useValue: fake.factory },
        { provide: CALL_MESH_FACTORY, useValue: mesh.factory },
        {
          provide: MEDIA_DEVICES,
          useValue: {
            getUserMedia: () =>
              micAllowed
                ? Promise.resolve(mic)
                : Promise.reject(Object.assign(new Error('no'), { name: 'NotAllowedError' })),
          },
        },
      ],
    });
    fixture = TestBed.createComponent(Wallboard);
    await fixture.whenStable();
    sockets[0].serverOpens();
    sockets[0].serverSends(snapshot(board({ calls: [call({ contactId: 'c-9' })] })));
    await fixture.whenStable();
  });

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function sent(): Record<string, unknown>[] {
    return sockets[0].sent.map((text) => JSON.parse(text) as Record<string, unknown>);
  }

  async function click(testId: string): Promise<void> {
    page().querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!.click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function server(frame: object): Promise<void> {
    sockets[0].serverSends(frame);
    await fixture.whenStable();
  }

  function panel(): HTMLElement | null {
    return page().querySelector('[data-testid="monitor"]');
  }

  it('listens sending nothing, whispers with the microphone without a new connection, and stops', async () => {
    await click('monitor-listen');
    expect(sent().filter((f) => f['type'] === 'monitorStart')).toEqual([
      { type: 'monitorStart', mode: 'LISTEN', conversationId: 'c-9' },
    ]);
    await server({
      type: 'callMonitor',
      conversationId: 'c-9',
      supervisor: 'supervisor:sue',
      mode: 'LISTEN',
    });
    await server({ type: 'callPeers', conversationId: 'c-9', peers: [], iceServers: [] });
    expect(panel()?.dataset['monitorMode']).toBe('LISTEN');
    expect(meshes.length).toBe(1);
    expect(meshes[0].local).toBeNull();

    await click('monitor-whisper');
    expect(sent().at(-1)).toEqual({ type: 'monitorMode', conversationId: 'c-9', mode: 'WHISPER' });
    await server({
      type: 'callMonitor',
      conversationId: 'c-9',
      supervisor: 'supervisor:sue',
      mode: 'WHISPER',
    });
    expect(panel()?.dataset['monitorMode']).toBe('WHISPER');
    expect(meshes[0].local).toBe(mic);
    expect(meshes.length).toBe(1);

    await click('monitor-stop');
    expect(sent().at(-1)).toEqual({ type: 'monitorStop', conversationId: 'c-9' });
    expect(panel()?.dataset['monitorState']).toBe('ended');
    expect(meshes[0].closed).toBe(true);
  });

  it('does not whisper with a blocked microphone, and shows a refusal', async () => {
    micAllowed = false;
    await click('monitor-whisper');
    expect(sent().filter((f) => f['type'] === 'monitorStart')).toEqual([]);
    expect(page().querySelector('[data-testid="monitor-error"]')?.textContent).toContain(
      'you can still listen',
    );

    await click('monitor-listen');
    await server({ type: 'error', message: 'NOT_ALLOWED: only a live call can be monitored' });
    expect(panel()?.dataset['monitorState']).toBe('ended');
    expect(page().querySelector('[data-testid="monitor-error"]')?.textContent).toContain(
      'NOT_ALLOWED',
    );
  });
});
