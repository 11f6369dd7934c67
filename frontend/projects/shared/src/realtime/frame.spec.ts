import { parseFrame } from './frame';

describe('parseFrame', () => {
  it('accepts a JSON object with a string type and nothing else', () => {
    expect(parseFrame('{"type":"pong","seq":3}')).toEqual({ type: 'pong', seq: 3 });
    expect(parseFrame('null')).toBeNull();
    expect(parseFrame('"offer"')).toBeNull();
    expect(parseFrame(new ArrayBuffer(2))).toBeNull();
  });
});
