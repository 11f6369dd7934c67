import { InjectionToken } from '@angular/core';

/*
 * The shared WebRTC mesh (`CallMesh` of `@parley/shared`, framework-free, also used by the
 * widget) as the workstation sees it. Until it lands in the shared library these are its announced
 * types; the workstation creates meshes only through `CALL_MESH_FACTORY`, so specs give it fakes.
 */

export interface PeerInfo {
  id: string;
  role: 'CUSTOMER' | 'AGENT' | 'EXPERT';
  name: string;
  offer: boolean;
}

export interface PeerStats {
  peerId: string;
  rttMs: number | null;
  jitterMs: number | null;
  packetLossPct: number | null;
  inboundBytes: number;
  outboundBytes: number;
}

export interface CallSetup {
  mode: 'PEER_TO_PEER' | 'KURENTO';
  held: boolean;
  musicFromServer: boolean;
  peers: PeerInfo[];
}

export interface CallMeshOptions {
  conversationId: string;
  send: (frame: Record<string, unknown>) => void;
  createPeerConnection?: (config: RTCConfiguration) => RTCPeerConnection;
  onRemoteStream: (peer: PeerInfo, stream: MediaStream) => void;
  onPeerGone: (peerId: string) => void;
  onConnectionState?: (peerId: string, state: RTCPeerConnectionState) => void;
  onSetup?: (setup: CallSetup) => void;
  onHold?: (on: boolean, musicFromServer: boolean) => void;
}

/** What the workstation uses of a mesh. */
export interface Mesh {
  setLocalStream(stream: MediaStream | null): void;
  /** Sends `callJoin`. */
  join(video: boolean): void;
  /** Takes `call*` frames; true when consumed. */
  handle(frame: { type: string; [k: string]: unknown }): boolean;
  leave(): void;
  close(): void;
  setMuted(muted: boolean): void;
  setCameraOff(off: boolean): void;
  restartIce(): void;
  stats(): Promise<PeerStats[]>;
  peers(): PeerInfo[];
}

export type MeshFactory = (options: CallMeshOptions) => Mesh;

/** Creates the mesh of one call. */
export const CALL_MESH_FACTORY = new InjectionToken<MeshFactory>('CALL_MESH_FACTORY', {
  providedIn: 'root',
  factory: () => () => {
    throw new Error('Calls need the shared CallMesh, which this build does not have yet.');
  },
});
