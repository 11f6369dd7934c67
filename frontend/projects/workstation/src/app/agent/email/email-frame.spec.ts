import { frameCsp, frameDocument, withInlineImages } from './email-frame';

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

  it("points the images of the message's files at their data: URLs, blank until loaded", () => {
    const html =
      '<style>p{color:red}</style><p>Look:<img src="/api/agent/attachments/a%2F2" alt="photo">' +
      '<img src="https://cdn.example.com/x.png"><img src="/api/agent/attachments/zz"></p>';
    const before = withInlineImages(html, ['a/2', 'a3'], new Map());
    expect(before.missing).toEqual(['a/2']);
    expect(before.html).toContain('<img src="data:," alt="photo">');
    expect(before.html).toContain('<img src="https://cdn.example.com/x.png">');
    expect(before.html).toContain('<img src="/api/agent/attachments/zz">');
    expect(before.html).toContain('<style>p{color:red}</style>');

    const after = withInlineImages(html, ['a/2'], new Map([['a/2', 'data:image/png;base64,AA==']]));
    expect(after.missing).toEqual([]);
    expect(after.html).toContain('<img src="data:image/png;base64,AA==" alt="photo">');
  });

  it('leaves HTML without images of its files as it is', () => {
    const html = '<p>Hi <b>there</b>';
    expect(withInlineImages(html, ['a1'], new Map())).toEqual({ html, missing: [] });
    expect(
      withInlineImages('<img src="/api/agent/attachments/a1">', [], new Map()).missing,
    ).toEqual([]);
  });
});
