/**
 * The media frames of docs/call-protocol.md as types, and the readers that turn an untyped frame
 * field into them. Fields a client does not read are left out (unknown fields are ignored).
 */

export type PeerRole = 'CUSTOMER' | 'AGENT' | 'EXPERT' | 'SUPERVISOR';

/**
 * A party of the call as the server names it: `customer`, `agent:<username>`,
 * `supervisor:<username>` (monitoring) or `media`.
 */
export interface PeerInfo {
  id: string;
  role: PeerRole;
  name: string;
  /** True: this browser creates the offer towards the peer; false: it waits for the peer's. */
  offer: boolean;
}

export type CallMode = 'PEER_TO_PEER' | 'KURENTO';

/** What `callPeers` says about the call this browser just joined. */
export interface CallSetup {
  mode: CallMode;
  held: boolean;
  musicFromServer: boolean;
  peers: PeerInfo[];
}

/** A peer as `callPeers` and `callPeerJoined` carry it, or null when it is malformed. */
export function readPeer(value: unknown): PeerInfo | null {
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const peer = value as Record<string, unknown>;
  if (typeof peer['id'] !== 'string' || peer['id'] === '') {
    return null;
  }
  return {
    id: peer['id'],
    role: readRole(peer['role'], peer['id']),
    name: typeof peer['name'] === 'string' ? peer['name'] : '',
    offer: peer['offer'] === true,
  };
}

/** The role the server gave, else the one its id implies. */
export function readRole(value: unknown, peerId: string): PeerRole {
  if (value === 'CUSTOMER' || value === 'AGENT' || value === 'EXPERT' || value === 'SUPERVISOR') {
    return value;
  }
  if (peerId.startsWith('supervisor:')) {
    return 'SUPERVISOR';
  }
  return peerId === 'customer' ? 'CUSTOMER' : 'AGENT';
}

/** `iceServers` of `callPeers`, keeping only entries that have `urls`. */
export function readIceServers(value: unknown): RTCIceServer[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) {
      return [];
    }
    const server = entry as Record<string, unknown>;
    const urls = server['urls'];
    if (typeof urls !== 'string' && !Array.isArray(urls)) {
      return [];
    }
    const ice: RTCIceServer = { urls: urls as string | string[] };
    if (typeof server['username'] === 'string') {
      ice.username = server['username'];
    }
    if (typeof server['credential'] === 'string') {
      ice.credential = server['credential'];
    }
    return [ice];
  });
}

/** `description` of a `callSdp` frame, or null when it is not an offer or answer with SDP. */
export function readDescription(value: unknown): RTCSessionDescriptionInit | null {
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const description = value as Record<string, unknown>;
  const type = description['type'];
  if ((type !== 'offer' && type !== 'answer') || typeof description['sdp'] !== 'string') {
    return null;
  }
  return { type, sdp: description['sdp'] };
}

/** `candidate` of a `callIce` frame, or null when it is malformed. */
export function readCandidate(value: unknown): RTCIceCandidateInit | null {
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const candidate = value as Record<string, unknown>;
  if (typeof candidate['candidate'] !== 'string') {
    return null;
  }
  return {
    candidate: candidate['candidate'],
    sdpMid: typeof candidate['sdpMid'] === 'string' ? candidate['sdpMid'] : null,
    sdpMLineIndex:
      typeof candidate['sdpMLineIndex'] === 'number' ? candidate['sdpMLineIndex'] : null,
  };
}
