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
