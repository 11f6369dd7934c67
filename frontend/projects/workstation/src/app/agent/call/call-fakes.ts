import { CallMeshOptions, PeerInfo, PeerStats } from '@parley/shared';
import { FakeStream, fakeLocalStream } from '../../../../../shared/src/call/testing/fake-media';
import { MeshFactory, Mesh } from './call-mesh';
import { LocalMediaResult } from './local-media';

/* Fakes for the call specs: a mesh that records what it is asked, and devices that answer. */

export { FakeStream, fakeLocalStream };

/** Records what the workstation asks of a mesh; the spec plays the browser's and server's part. */
export class FakeMesh implements Mesh {
  readonly joins: boolean[] = [];
  readonly handled: string[] = [];
  local: MediaStream | null = null;
  muted = false;
  cameraOff = false;
  left = false;
  closed = false;
  iceRestarts = 0;
  nextStats: PeerStats[] = [];

  constructor(readonly options: CallMeshOptions) {}

  setLocalStream(stream: MediaStream | null): void {
    this.local = stream;
  }

  join(video: boolean): void {
    this.joins.push(video);
    this.options.send({ type: 'callJoin', conversationId: this.options.conversationId, video });
  }

  joinWith(frame: Record<string, unknown>): void {
    this.options.send({ ...frame, conversationId: this.options.conversationId });
  }

  handle(frame: { type: string; [k: string]: unknown }): boolean {
    this.handled.push(frame.type);
    if (frame.type === 'callHold') {
      this.options.onHold?.(frame['on'] === true, frame['musicFromServer'] === true);
    }
    return frame.type !== 'callFailed';
  }

  leave(): void {
    this.left = true;
    this.close();
  }

  close(): void {
    this.closed = true;
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
  }

  setCameraOff(off: boolean): void {
    this.cameraOff = off;
  }

  restartIce(): void {
    this.iceRestarts++;
  }

  /** What each peer is sent after the last `refreshStreams` (as `streamFor` says). */
  readonly sentTo = new Map<string, MediaStream | null>();

  refreshStreams(): void {
    for (const peer of this.known) {
      const chosen = this.options.streamFor?.(peer);
      this.sentTo.set(peer.id, chosen === undefined ? this.local : chosen);
    }
  }

  /** Peers the spec connected, for `refreshStreams`. */
  private readonly known: PeerInfo[] = [];

  stats(): Promise<PeerStats[]> {
    return Promise.resolve(this.nextStats);
  }

  peers(): PeerInfo[] {
    return [];
  }

  /** The browser got the peer's media and connected to it. */
  connect(peer: PeerInfo, stream: MediaStream = new FakeStream().asMediaStream()): void {
    this.known.push(peer);
    this.options.onRemoteStream(peer, stream);
    this.options.onConnectionState?.(peer.id, 'connected');
  }
}

/** A factory that keeps every mesh it made. */
export function fakeMeshes(): { readonly meshes: FakeMesh[]; readonly factory: MeshFactory } {
  const meshes: FakeMesh[] = [];
  return {
    meshes,
    factory: (options) => {
      const mesh = new FakeMesh(options);
      meshes.push(mesh);
      return mesh;
    },
  };
}

export const CUSTOMER: PeerInfo = { id: 'customer', role: 'CUSTOMER', name: 'Jane', offer: false };
export const EXPERT: PeerInfo = {
  id: 'agent:bob',
  role: 'EXPERT',
  name: 'Bob Builder',
  offer: true,
};

export function peerStats(changes: Partial<PeerStats> = {}): PeerStats {
  return {
    peerId: 'customer',
    rttMs: 40,
    jitterMs: 5,
    packetLossPct: 0,
    inboundBytes: 1000,
    outboundBytes: 1000,
    ...changes,
  };
}

/** Devices that open at once with fake tracks (video ones for a video call). */
export function openingDevices(): LocalMediaResult & { ok: true } {
  return { ok: true, stream: fakeLocalStream(true).asMediaStream(), warning: null };
}
