import { sameOriginSocketUrl } from './web-socket';

describe('sameOriginSocketUrl', () => {
  it('uses wss on an https page and ws on an http page', () => {
    const https = { protocol: 'https:', host: 'parley.example:8443' } as Location;
    const http = { protocol: 'http:', host: 'localhost:4200' } as Location;

    expect(sameOriginSocketUrl('/ws/agent', https)).toBe('wss://parley.example:8443/ws/agent');
    expect(sameOriginSocketUrl('/ws/agent', http)).toBe('ws://localhost:4200/ws/agent');
  });
});
