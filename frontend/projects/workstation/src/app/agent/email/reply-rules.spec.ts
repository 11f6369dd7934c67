import { frameCsp, frameDocument } from './email-frame';
import { insertAt, parseCc, quoted } from './reply-rules';

describe('reply rules', () => {
  it('reads comma-separated Cc addresses, setting apart what is not one', () => {
    expect(parseCc('')).toEqual({ addresses: [], invalid: [] });
    expect(parseCc(' a@b.c ,, Jane.Doe+x@mail.example.co.uk,')).toEqual({
      addresses: ['a@b.c', 'Jane.Doe+x@mail.example.co.uk'],
      invalid: [],
    });
    expect(
      parseCc('jane@example, @example.com, a b@c.d, x@y.z\r\nBcc: evil@x.y, <a@b.c>').invalid,
    ).toEqual(['jane@example', '@example.com', 'a b@c.d', 'x@y.z\r\nBcc: evil@x.y', '<a@b.c>']);
  });

  it('quotes each line the way the server does', () => {
    expect(quoted('Hi,\r\n\r\nit broke.\n\n')).toBe('> Hi,\n>\n> it broke.');
  });

  it('puts text in place of the selection', () => {
    expect(insertAt('Hello world', 'dear ', 6, 6)).toBe('Hello dear world');
    expect(insertAt('Hello world', 'there', 6, 11)).toBe('Hello there');
  });
});

describe('the message frame', () => {
  it("lets nothing load but Parley's own images, data: URLs and inline styles", () => {
    expect(frameCsp('https://parley.example.com', false)).toBe(
      "default-src 'none'; img-src 'self' https://parley.example.com data:; style-src 'unsafe-inline'",
    );
    expect(frameCsp('null', false)).toBe(
      "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
    );
  });

  it('allows remote images only when asked', () => {
    expect(frameCsp('http://localhost:8080', true)).toBe(
      "default-src 'none'; img-src https: http: data: 'self' http://localhost:8080; style-src 'unsafe-inline'",
    );
  });

  it('puts the policy before the message', () => {
    const doc = frameDocument('<p>Hi</p>', 'https://p.example', false);
    expect(doc.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(0);
    expect(doc.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      doc.indexOf('<p>Hi</p>'),
    );
  });
});
