import { InjectionToken } from '@angular/core';
import { CallMesh, CallMeshOptions } from '@parley/shared';

/** What the workstation uses of a call's mesh (`CallMesh` of `@parley/shared`); fakes implement it. */
export type Mesh = Pick<
  CallMesh,
  | 'setLocalStream'
  | 'join'
  | 'joinWith'
  | 'handle'
  | 'leave'
  | 'close'
  | 'setMuted'
  | 'setCameraOff'
  | 'restartIce'
  | 'stats'
  | 'peers'
  | 'refreshStreams'
>;

export type MeshFactory = (options: CallMeshOptions) => Mesh;

/** Creates the mesh of one call: the shared `CallMesh`, or a fake in specs. */
export const CALL_MESH_FACTORY = new InjectionToken<MeshFactory>('CALL_MESH_FACTORY', {
  providedIn: 'root',
  factory: () => (options) => new CallMesh(options),
});
